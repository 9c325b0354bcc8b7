package fr.socle.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: French unless the person asks for English. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            // French unless the browser asks for English first; no Accept-Language means French.
            String header = faces == null ? null : faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
            try {
                locale = header == null || header.isBlank() ? Messages.DEFAULT
                        : Messages.supported(Locale.LanguageRange.parse(header).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList());
            } catch (IllegalArgumentException malformed) {
                locale = Messages.DEFAULT;
            }
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The language to switch to, shown in the header. */
    public String getOther() {
        return getLocale().equals(Locale.ENGLISH) ? "fr" : "en";
    }

    public String change(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
