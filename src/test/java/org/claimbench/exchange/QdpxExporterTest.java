package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The project.qde of a .qdpx validates against the official REFI-QDA Project.xsd (a copy in the test resources). */
class QdpxExporterTest {

    @TempDir
    Path dir;

    @Test
    void theProjectValidatesAgainstTheRefiQdaSchemaAndHoldsCodesSelectionsNotesAndLinks() throws Exception {
        Path qdpx = dir.resolve("w.qdpx");
        String text = "😀 Ushakov said the call lasted two and a half hours. Reuters said one hour.";
        long a;
        String claimGuid;
        try (Workspace w = TempWorkspaces.create(dir, "qda")) {
            Article art = TempWorkspaces.addArticle(w, "Two accounts <of> one call", text);
            int s1 = text.indexOf("the call");
            Claim x = w.markClaim(art.id(), new TextSpan(s1, text.indexOf(".")), w.sourceNamed("Kremlin readout").orElseThrow().id(),
                    "Yuri Ushakov", "Check against the readout");
            int s2 = text.indexOf("one hour");
            Claim y = w.markClaim(art.id(), new TextSpan(s2, s2 + 8), w.sourceNamed("Press").orElseThrow().id(), "", "");
            w.addContradiction(x.id(), y.id(), ContradictionKind.NUMERIC, "");
            a = x.id();
            new QdpxExporter().write(w, "qda", qdpx);
            claimGuid = w.exchangeIds("claim", java.util.List.of(a)).get(a);
        }
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            byte[] qde = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
            var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(getClass().getResource("/refi-qda/Project.xsd"));
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(qde)));

            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(qde));
            assertEquals(5, doc.getElementsByTagNameNS(QdpxExporter.NS, "Code").getLength());
            assertEquals(2, doc.getElementsByTagNameNS(QdpxExporter.NS, "PlainTextSelection").getLength());
            assertEquals(1, doc.getElementsByTagNameNS(QdpxExporter.NS, "Note").getLength());
            assertEquals(1, doc.getElementsByTagNameNS(QdpxExporter.NS, "Link").getLength());
            Element source = (Element) doc.getElementsByTagNameNS(QdpxExporter.NS, "TextSource").item(0);
            String path = source.getAttribute("plainTextPath").replace("internal://", "Sources/");
            String stored = new String(zip.getInputStream(zip.getEntry(path)).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(text, stored);
            Map<String, Element> selections = new HashMap<>();
            var list = doc.getElementsByTagNameNS(QdpxExporter.NS, "PlainTextSelection");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                selections.put(e.getAttribute("guid"), e);
            }
            Element sel = selections.get(claimGuid);
            int start = Integer.parseInt(sel.getAttribute("startPosition"));
            int end = Integer.parseInt(sel.getAttribute("endPosition"));
            int[] cps = stored.codePoints().toArray();
            assertEquals("the call lasted two and a half hours", new String(cps, start, end - start), "positions count code points");
            assertTrue(((Element) doc.getElementsByTagNameNS(QdpxExporter.NS, "Link").item(0)).getAttribute("name").startsWith("Numeric"));
        }
    }
}
