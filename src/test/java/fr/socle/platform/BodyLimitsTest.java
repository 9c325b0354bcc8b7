package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which body each route takes, and a body counted as it is read (the chunked ones). */
class BodyLimitsTest {

    private static final long MB = 1024L * 1024;

    private static BodyLimits.Table table() {
        return BodyLimits.table(new BodyLimits.Routes()
                .add(10 * MB, "/verify/*")
                .add(10 * MB, "/learn/module.xhtml", "/api/v1/enrolments/*/assignments/*/submissions")
                .add(200 * MB, "/api/v1/programmes/import"), MB);
    }

    @Test
    void routesThatTakeFilesTakeTheirFileAndTheDefaultForTheFormAroundIt() {
        BodyLimits.Table t = table();
        assertEquals(11 * MB, t.limit("/verify/index.xhtml"));
        assertEquals(11 * MB, t.limit("/learn/module.xhtml"));
        assertEquals(11 * MB, t.limit("/api/v1/enrolments/3f2a/assignments/77b1/submissions"));
        assertEquals(201 * MB, t.limit("/api/v1/programmes/import"));
        assertEquals(10 * MB, t.payload("/verify/index.xhtml"), "what the refusal names: the file's limit");
    }

    @Test
    void everyOtherRouteTakesTheSmallDefault() {
        BodyLimits.Table t = table();
        for (String path : new String[] {"/index.xhtml", "/login.xhtml", "/api/v1/organisations", "/api/v1/enrolments/csv",
                "/api/v1/enrolments/a/b/assignments/c/submissions", "/api/v1/enrolments/a/assignments/c/submissions/d",
                "/learn/module.xhtml/x", "/verify", "/api/v1/programmes/import/x", "/teach/../verify/index.xhtml"}) {
            assertEquals(MB, t.limit(path), path);
        }
    }

    @Test
    void refusalsNameMegabytes() {
        assertEquals(1, BodyLimits.megabytes(1));
        assertEquals(1, BodyLimits.megabytes(MB));
        assertEquals(10, BodyLimits.megabytes(10 * MB));
        assertEquals(2, BodyLimits.megabytes(2 * MB));
    }

    @Test
    void aCountedBodyStopsAtItsLimitAndKeepsRefusing() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        BodyLimits.Counted counted = new BodyLimits.Counted(request(new byte[25], attributes), 10, 8);
        ServletInputStream in = counted.getInputStream();
        IOException refused = assertThrows(IOException.class, in::readAllBytes);
        assertTrue(refused instanceof BodyLimits.TooLarge, refused.toString());
        assertTrue(counted.exceeded());
        assertEquals(8L, attributes.get(BodyLimits.EXCEEDED), "the route's payload, for the API's message");
        assertThrows(BodyLimits.TooLarge.class, in::read, "the reader never sees a clean end");
    }

    @Test
    void aBodyWithinItsLimitReadsToTheEnd() throws Exception {
        byte[] body = "0123456789".getBytes();
        BodyLimits.Counted counted = new BodyLimits.Counted(request(body, new HashMap<>()), 10, 10);
        assertArrayEquals(body, counted.getInputStream().readAllBytes());
        assertFalse(counted.exceeded());
    }

    /** A request whose body is these bytes and whose attributes live in this map. */
    private static HttpServletRequest request(byte[] body, Map<String, Object> attributes) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bytes.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(BodyLimitsTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> stream;
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
