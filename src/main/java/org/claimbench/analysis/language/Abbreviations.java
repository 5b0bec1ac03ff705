package org.claimbench.analysis.language;

import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * The abbreviations after which a full stop does not end a sentence, given to OpenNLP's sentence
 * detector (its own mechanism for this: {@code SentenceDetectorME(model, abbreviations)}).
 *
 * <p>Why a list at all: the UD English Web Treebank sentence model is trained on web text, where
 * titles before names are rare; it ends sentences after "Sen.", "Gov.", "Rep.", "Mrs." and "Jan."
 * in news copy ("Sen. | John Smith spoke"). Dotted acronyms ("U.S.", "D.C.") and "Mr." / "Dr." it
 * already handles.
 *
 * <p>Source: the Associated Press Stylebook, the style guide of US and much English-language news
 * copy: its entries "abbreviations and acronyms", "titles" and "military titles" (titles abbreviated
 * before a full name), "months" (abbreviated with a date), "state names" (the AP abbreviations used
 * in datelines and with city names), "company names", "junior, senior" and "saint".
 */
final class Abbreviations {

    private static final List<String> AP_STYLEBOOK = List.of(
            // Titles before a name ("titles", "courtesy titles", "reverend").
            "Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Lt.", "Rep.", "Reps.", "Sen.", "Sens.", "Rev.", "Prof.", "Atty.", "Supt.",
            // Military titles before a name ("military titles").
            "Adm.", "Brig.", "Capt.", "Cmdr.", "Col.", "Cpl.", "Gen.", "Maj.", "Pfc.", "Pvt.", "Sgt.", "Spc.", "Ens.",
            // Months with a date ("months").
            "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
            // State names ("state names").
            "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
            "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Vt.",
            "Va.", "Wash.", "Wis.", "Wyo.",
            // Company names, "junior, senior", "saint", "Fort", "Mount", "No." ("No. 2").
            "Co.", "Corp.", "Inc.", "Ltd.", "Bros.", "Jr.", "Sr.", "St.", "Ft.", "Mt.", "No.");

    private Abbreviations() {
    }

    /** The list as an OpenNLP dictionary (case-sensitive: "No." in "No. 2", not "no." ending "he said no."). */
    static Dictionary dictionary() {
        Dictionary d = new Dictionary(true);
        AP_STYLEBOOK.forEach(a -> d.put(new StringList(a)));
        return d;
    }
}
