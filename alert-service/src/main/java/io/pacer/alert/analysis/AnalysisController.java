package io.pacer.alert.analysis;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pacer.alert.text.Lang;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.reference.RegionScope;
import io.pacer.events.Period;
import io.pacer.events.Region;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

/**
 * The monthly bulletin (通报) of a parent region's children, as JSON and as a Word document. An official may ask
 * only for a parent within its regions: the bulletin compares all of the parent's children.
 */
@RestController
@RequestMapping("/api/v1")
class AnalysisController {

    private final Analyst analyst;
    private final ReferenceData reference;
    private final RegionScope scope;

    AnalysisController(Analyst analyst, ReferenceData reference, RegionScope scope) {
        this.analyst = analyst;
        this.reference = reference;
        this.scope = scope;
    }

    @GetMapping("/analysis")
    BulletinView analysis(@RequestParam String parent, @RequestParam String period,
            @RequestParam(defaultValue = "zh") String lang, @AuthenticationPrincipal PacerPrincipal principal) {
        Request request = request(parent, period, lang, principal);
        Bulletin bulletin = write(request);
        return new BulletinView(parent, request.period().toString(), request.lang().json(), bulletin.text(),
                bulletin.facts());
    }

    @GetMapping("/analysis.docx")
    ResponseEntity<byte[]> document(@RequestParam String parent, @RequestParam String period,
            @RequestParam(defaultValue = "zh") String lang, @AuthenticationPrincipal PacerPrincipal principal) {
        Request request = request(parent, period, lang, principal);
        byte[] docx = BulletinDocx.write(write(request), texts(request));
        String name = "bulletin-" + parent + "-" + request.period() + "-" + request.lang().json() + ".docx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(BulletinDocx.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(docx);
    }

    private record Request(Region parent, Period period, Lang lang) {
    }

    private Request request(String parent, String period, String lang, PacerPrincipal principal) {
        if (!Period.isValid(period)) {
            throw ApiProblemException.badRequest("period", "must be YYYY-MM");
        }
        Lang language = Lang.parse(lang);
        if (language == null) {
            throw ApiProblemException.badRequest("lang", "must be zh or en");
        }
        Region region = reference.region(parent)
                .orElseThrow(() -> ApiProblemException.notFound("parent", "no region " + parent));
        scope.check(principal, parent);
        return new Request(region, Period.parse(period), language);
    }

    private Bulletin write(Request request) {
        return texts(request).write(name(request.parent(), request.lang()), request.period(),
                analyst.findings(request.parent().id(), request.period()));
    }

    private BulletinTexts texts(Request request) {
        return new BulletinTexts(request.lang(), id -> reference.region(id).map(r -> name(r, request.lang()))
                .orElse(id));
    }

    private static String name(Region region, Lang lang) {
        String name = lang == Lang.EN && region.nameEn() != null ? region.nameEn() : region.name();
        return name == null ? region.id() : name;
    }
}
