package fr.socle.certification.boundary;

import fr.socle.certification.control.Credentials;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The issuers' public keys, as a JWK Set at the well-known address: what verifies the credentials' VC-JWT signatures. */
@WebServlet("/.well-known/jwks.json")
public class Jwks extends HttpServlet {

    @Inject
    Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = Credentials.jwks(certificates.issuerSeals()).toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/jwk-set+json");
        response.setHeader("Cache-Control", "max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
