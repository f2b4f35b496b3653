package io.pacer.ingest.register;

import java.util.Map;

import io.pacer.ingest.xlsx.Attachments;
import io.pacer.ingest.xlsx.XlsxFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers (名录) as one xlsx: {@code GET /api/v1/reference/template.xlsx} gives the three sheets with the
 * current registers (any token: registers are no secret); {@code POST /api/v1/reference/xlsx} (STATISTICS, see
 * IngestSecurity) applies an edited one exactly as {@code POST /api/v1/reference} applies its JSON, all or nothing,
 * every issue naming its sheet and row.
 */
@RestController
class RegisterXlsxController {

    private final RegisterService service;
    private final RegisterStore store;

    RegisterXlsxController(RegisterService service, RegisterStore store) {
        this.service = service;
        this.store = store;
    }

    @GetMapping("/api/v1/reference/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Attachments.xlsx(RegisterTemplate.of(store.regions(), store.indicators(), store.entities()),
                "registers.xlsx", "名录 registers.xlsx");
    }

    @PostMapping(path = "/api/v1/reference/xlsx", consumes = { Attachments.XLSX_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    Map<String, Integer> upload(@RequestBody(required = false) byte[] body) {
        RegisterWorkbookReader.Read read;
        try (XlsxFile file = XlsxFile.open(body)) {
            read = RegisterWorkbookReader.read(file);
        }
        return service.apply(read.document(), RegisterSheets.rows(read.rows()), read.issues());
    }
}
