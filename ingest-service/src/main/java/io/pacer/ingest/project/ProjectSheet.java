package io.pacer.ingest.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pacer.events.ProjectCategory;
import io.pacer.events.ProjectRecord;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.register.RegisterView;
import io.pacer.ingest.register.SheetCells;
import io.pacer.ingest.register.WorkbookSheet;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.FieldIssue;
import org.springframework.stereotype.Component;

/**
 * The {@code projects} sheet of the registers workbook: one project per row, each applied as
 * {@code PUT /api/v1/projects/{id}} applies its body (the same access check, rules, topic and recount), checked
 * against the registers as the workbook's own register sheets leave them, so a project may sit in a region the same
 * workbook creates. Cells: category in any case, aboveYi and independentSite yes/no, dates as date cells or text
 * {@code YYYY-MM-DD}; a cell that cannot be read is named ({@code projects row 4: signedOn}) and the rule's own
 * issue on that field is left out; an id twice in the sheet is an issue on the later row.
 */
@Component
class ProjectSheet implements WorkbookSheet {

    static final String NAME = "projects";

    /** A row read: where it is, its id and the body its PUT would have. */
    record Entry(Row row, String id, ProjectRequest request) {
    }

    record Read(List<Entry> entries, List<FieldIssue> issues) {
    }

    private final ProjectService service;
    private final ProjectBook book;
    private final ProjectAccess access;

    ProjectSheet(ProjectService service, ProjectBook book, ProjectAccess access) {
        this.service = service;
        this.book = book;
        this.access = access;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> columns() {
        return List.of("项目代码 id", "项目名称 name", "所在区划 regionId", "类别 category", "计划投资万元 investmentWan",
                "亿元以上 aboveYi", "独立供地 independentSite", "签约日期 signedOn", "开桩日期 pileOn",
                "开工日期 startedOn", "竣工日期 completedOn");
    }

    @Override
    public Map<Integer, List<String>> choices() {
        return Map.of(3, java.util.Arrays.stream(ProjectCategory.values()).map(Enum::name).toList());
    }

    @Override
    public List<List<Object>> current(PacerPrincipal principal) {
        service.ready();
        return book.all().stream().filter(p -> access.canRead(principal, p.regionId()))
                .map(p -> java.util.Arrays.<Object>asList(p.id(), p.name(), p.regionId(), p.category().name(),
                        p.investmentWan(), p.aboveYi(), p.independentSite(), p.signedOn(), p.pileOn(),
                        p.startedOn(), p.completedOn()))
                .toList();
    }

    @Override
    public Check check(List<Row> rows, RegisterView registers, PacerPrincipal principal) {
        if (rows.isEmpty()) {
            return new Check(List.of(), () -> 0);
        }
        service.ready();
        Read read = read(rows);
        List<FieldIssue> issues = new ArrayList<>(read.issues());
        Set<String> named = new HashSet<>();
        read.issues().forEach(i -> named.add(i.field()));
        List<ProjectRecord> records = new ArrayList<>();
        for (Entry entry : read.entries()) {
            String at = entry.row().at(NAME);
            ProjectService.Checked checked = service.check(entry.id(), entry.request(), principal, registers);
            checked.issues().stream().map(i -> new FieldIssue(at + i.field(), i.message()))
                    .filter(i -> !named.contains(i.field())).forEach(issues::add);
            if (checked.record() != null) {
                records.add(checked.record());
            }
        }
        return new Check(issues, () -> service.putAll(records));
    }

    /** The rows as PUT bodies, and every cell that could not be read. */
    static Read read(List<Row> rows) {
        List<FieldIssue> issues = new ArrayList<>();
        SheetCells f = new SheetCells(issues);
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Row row : rows) {
            String at = row.at(NAME);
            var c = row.cells();
            String id = f.text(c, "id", at);
            ProjectCategory category = f.choice(c, "category", ProjectCategory.class, at);
            entries.add(new Entry(row, id, new ProjectRequest(id, f.text(c, "name", at), f.text(c, "regionId", at),
                    category == null ? null : category.name(), f.number(c, "investmentWan", at),
                    f.yesNo(c, "aboveYi", at), f.yesNo(c, "independentSite", at), day(f.date(c, "signedOn", at)),
                    day(f.date(c, "pileOn", at)), day(f.date(c, "startedOn", at)),
                    day(f.date(c, "completedOn", at)))));
            if (id != null && seen.putIfAbsent(id, row.number()) != null) {
                issues.add(new FieldIssue(at + "id", "project " + Inputs.quote(id) + " is already in row "
                        + seen.get(id)));
            }
        }
        return new Read(entries, issues);
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
