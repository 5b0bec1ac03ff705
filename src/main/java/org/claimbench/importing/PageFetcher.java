package org.claimbench.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches an article by its URL with the JDK's HTTP client: redirects followed (not from https to
 * http), at most {@link ArticleFiles#MAX_BYTES} read, a clear message when the machine is offline,
 * the host unknown, the server silent or answering with an error status.
 */
final class PageFetcher {

    /** What the server sent: the URL it finally came from (after redirects), its Content-Type, its body and when it came. */
    record Page(URI uri, String contentType, byte[] body, Instant fetched) {
    }

    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration ANSWER = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(CONNECT)
            .build();

    /** A URL as typed: http(s) only; a bare "example.org/page" is taken as https. */
    static URI parse(String url) throws ImportException {
        String u = url.strip();
        if (!u.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            u = "https://" + u;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ImportException("'" + url + "' is not a web address. Give an address that starts with http:// or https://.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ImportException("'" + url + "' is not a web address (" + e.getReason() + "). Check it and try again.", e);
        }
    }

    Page fetch(URI uri) throws ImportException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(ANSWER)
                .header("User-Agent", "Claimbench/0.1 (article import)")
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                int status = response.statusCode();
                if (status >= 400) {
                    throw new ImportException("The server answered " + status + " for " + uri + " ("
                            + (status == 404 ? "no such page" : status >= 500 ? "a fault on the server's side" : "the page is not given out")
                            + "). Check the address, or save the page from your browser and import the file.");
                }
                byte[] body = in.readNBytes((int) ArticleFiles.MAX_BYTES + 1);
                if (body.length > ArticleFiles.MAX_BYTES) {
                    throw new ImportException(uri + " is over 20 MB; Claimbench imports articles up to 20 MB.");
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                return new Page(response.uri(), type, body, Instant.now());
            }
        } catch (HttpConnectTimeoutException e) {
            throw new ImportException(uri.getHost() + " did not answer within " + CONNECT.toSeconds()
                    + " s. Check that this computer is online and the address is right.", e);
        } catch (HttpTimeoutException e) {
            throw new ImportException(uri + " did not arrive within " + ANSWER.toSeconds() + " s. Try again later, or save the page from your browser.", e);
        } catch (ConnectException | UnresolvedAddressException e) {
            throw offline(uri, e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof ConnectException) {
                throw offline(uri, e);
            }
            throw new ImportException("Cannot fetch " + uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ". Check that this computer is online, or save the page from your browser and import the file.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("Fetching " + uri + " was stopped.", e);
        }
    }

    private static ImportException offline(URI uri, Exception e) {
        return new ImportException("Cannot reach " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + ". Check that this computer is online and the address is right.", e);
    }

    /** The media type of a Content-Type value, in lower case ("text/html"). */
    static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    static Optional<String> charset(String contentType) {
        return HtmlCharset.ofContentType(contentType);
    }
}
