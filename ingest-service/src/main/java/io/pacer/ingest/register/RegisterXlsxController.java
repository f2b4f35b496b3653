package io.pacer.ingest.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pacer.ingest.xlsx.Attachments;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.security.PacerPrincipal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers (名录) as one xlsx: {@code GET /api/v1/reference/template.xlsx} gives the three sheets with the
 * current registers (any token: registers are no secret), then the other features' sheets ({@link WorkbookSheet})
 * with what the token may read of them; {@code POST /api/v1/reference/xlsx} (STATISTICS, see IngestSecurity)
 * applies an edited one exactly as {@code POST /api/v1/reference} applies its JSON and each other sheet's rows as
 * its feature's endpoint would, all or nothing, every issue naming its sheet and row.
 */
@RestController
class RegisterXlsxController {

    private final RegisterService service;
    private final RegisterStore store;
    private final List<WorkbookSheet> others;

    RegisterXlsxController(RegisterService service, RegisterStore store, List<WorkbookSheet> others) {
        this.service = service;
        this.store = store;
        this.others = others;
    }

    @GetMapping("/api/v1/reference/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal PacerPrincipal principal) {
        return Attachments.xlsx(RegisterTemplate.of(store.regions(), store.indicators(), store.entities(), others,
                principal), "registers.xlsx", "名录 registers.xlsx");
    }

    @PostMapping(path = "/api/v1/reference/xlsx", consumes = { Attachments.XLSX_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    Map<String, Integer> upload(@RequestBody(required = false) byte[] body,
            @AuthenticationPrincipal PacerPrincipal principal) {
        RegisterWorkbookReader.Read read = read(body);
        Map<String, Function<RegisterView, WorkbookSheet.Check>> checks = new LinkedHashMap<>();
        for (WorkbookSheet sheet : others) {
            checks.put(sheet.name(), view -> sheet.check(read.others().get(sheet.name()), view, principal));
        }
        return service.apply(read.document(), RegisterSheets.rows(read.rows()), read.issues(), checks);
    }

    private RegisterWorkbookReader.Read read(byte[] body) {
        try (XlsxFile file = XlsxFile.open(body)) {
            return RegisterWorkbookReader.read(file, others);
        }
    }
}
