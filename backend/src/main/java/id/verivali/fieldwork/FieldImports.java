package id.verivali.fieldwork;

import static id.verivali.fieldwork.FieldSheetLayout.headerOf;
import static id.verivali.fieldwork.FieldSheetReader.text;

import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.FieldFinding;
import id.verivali.changerequest.FieldFindings;
import id.verivali.changerequest.Stage;
import id.verivali.common.web.NotFoundException;
import id.verivali.document.DocumentStore;
import id.verivali.fieldwork.FieldSheetLayout.HouseholdColumn;
import id.verivali.fieldwork.FieldSheetLayout.MemberColumn;
import id.verivali.fieldwork.FieldSheetReader.SheetRow;
import id.verivali.fieldwork.FieldSheetRefusedException.LineProblem;
import id.verivali.household.HouseholdService;
import id.verivali.household.MemberView;
import id.verivali.household.NikValidator;
import id.verivali.household.WelfareAttributes;
import id.verivali.inbox.InboxService;
import id.verivali.security.CurrentUser;
import id.verivali.security.Role;
import id.verivali.workflow.TaskConflictException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Brings a filled field sheet back: every row is checked first and the operator sees what confirming would decide,
 * or every bad cell by sheet, line and column, with nothing stored. Confirming decides every row in one transaction,
 * all or nothing, each exactly as the field-check form would ({@link FieldFindings}); the engine then completes the
 * tasks in jobs of its own, and the import shows how many it has still to apply. A row whose field check is decided
 * already is passed over, so the same sheet uploaded twice decides nothing twice.
 */
@Service
class FieldImports {

    /** The form field the sheet comes in, named by every refusal. */
    static final String FILE_FIELD = "file";

    /** The jobs' name for an import: {@link FieldImportDecisions}. */
    static final String KIND = "field-import";

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final FieldImportRepository imports;
    private final FieldCheckRepository checks;
    private final FieldCheckService fieldChecks;
    private final FieldFindings findings;
    private final InboxService inbox;
    private final HouseholdService households;
    private final NikValidator niks;
    private final Validator validator;
    private final Clock clock;

    FieldImports(
            FieldImportRepository imports,
            FieldCheckRepository checks,
            FieldCheckService fieldChecks,
            FieldFindings findings,
            InboxService inbox,
            HouseholdService households,
            NikValidator niks,
            Validator validator,
            Clock clock) {
        this.imports = imports;
        this.checks = checks;
        this.fieldChecks = fieldChecks;
        this.findings = findings;
        this.inbox = inbox;
        this.households = households;
        this.niks = niks;
        this.validator = validator;
        this.clock = clock;
    }

    /** A row to decide: the field check it names and the visit it records. */
    private record Planned(int line, FieldCheck check, Visit visit) {}

    /** What a sheet holds once checked. */
    private record Checked(
            int rows, List<Planned> planned, int notVisited, int alreadyDecided, List<LineProblem> problems) {}

    /**
     * Checks an uploaded sheet and keeps it for confirmation: 201 with what it would decide, or 400 with every bad cell
     * and nothing stored. Only a village operator imports, for their own village.
     */
    @Transactional
    FieldImportView preview(MultipartFile file, CurrentUser operator) {
        requireOperator(operator);
        byte[] content = contentOf(file);
        var checked = check(content, operator, false);
        if (!checked.problems().isEmpty()) {
            throw new FieldSheetRefusedException(checked.problems());
        }
        var saved = imports.save(new FieldImport(
                operator.regionCode(),
                filenameOf(file),
                sha256(content),
                content,
                checked.rows(),
                checked.planned().size(),
                operator.username(),
                now()));
        return previewView(saved, checked);
    }

    /** An import of the operator's village; 404 for any other. */
    @Transactional(readOnly = true)
    FieldImportView get(long id, CurrentUser operator) {
        var found = visible(id, operator);
        return found.isConfirmed() ? confirmedView(found) : previewView(found, check(found.content(), operator, false));
    }

    /**
     * Decides every row of a previewed import, checked again as it stands now: all or nothing. Confirming one that is
     * confirmed already decides nothing more and answers as it stands.
     */
    @Transactional
    FieldImportView confirm(long id, CurrentUser operator) {
        requireOperator(operator);
        var found = visible(id, operator);
        if (found.isConfirmed()) {
            return confirmedView(found);
        }
        var checked = check(found.content(), operator, true);
        if (!checked.problems().isEmpty()) {
            throw new FieldSheetRefusedException(checked.problems());
        }
        var planned = checked.planned();
        var taskIds = planned.stream().map(p -> p.check().taskId()).toList();
        var open = inbox.lockOpenTasks(taskIds, Stage.FIELD_CHECK, operator);
        if (open.size() != taskIds.size()) {
            // The field checks were open a moment ago under lock; a task outside the inbox now is another's claim.
            throw new TaskConflictException("fieldImport.tasksMoved");
        }
        var outcomes = findings.record(planned.stream()
                .collect(Collectors.toMap(
                        p -> p.check().changeRequestId(), p -> p.visit().finding())));
        var at = now();
        var earlier = fieldChecks.visitsByTask(taskIds);
        for (var row : planned) {
            var outcome = outcomes.get(row.check().changeRequestId());
            var visit = fieldChecks.record(
                    row.check(),
                    row.visit(),
                    found.id(),
                    operator.username(),
                    earlier.get(row.check().taskId()));
            visit.decided(outcome.decision());
            row.check().decided(operator.username(), at, outcome.typeAfter().name());
            fieldChecks.recordInAudit(row.check(), visit, row.visit(), outcome, operator.username());
        }
        if (!taskIds.isEmpty()) {
            inbox.decideLater(KIND, found.id(), taskIds, operator);
        }
        found.confirmed(planned.size(), at);
        return confirmedView(found);
    }

    private Checked check(byte[] content, CurrentUser operator, boolean lock) {
        FieldSheetReader.Read read;
        try {
            read = FieldSheetReader.read(content);
        } catch (FieldSheetReader.Refused refused) {
            throw new FieldSheetRefusedException(List.of(LineProblem.ofFile(refused.messageCode, refused.arguments)));
        }
        var problems = new ArrayList<LineProblem>();
        var numbers = read.households().stream()
                .map(row -> text(row.cell(HouseholdColumn.NUMBER)).map(FieldImports::unescaped))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        numbers.addAll(read.members().stream()
                .map(row -> text(row.cell(MemberColumn.NUMBER)).map(FieldImports::unescaped))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()));
        var found = (numbers.isEmpty()
                        ? List.<FieldCheck>of()
                        : lock ? checks.lockByNumbers(numbers) : checks.findByNumbers(numbers))
                .stream()
                        .filter(check -> check.villageCode().equals(operator.regionCode())
                                && check.state() != FieldCheckState.CANCELLED)
                        // A change at its field check a second time (returned to the village) has two: the open one
                        // counts.
                        .collect(Collectors.toMap(
                                FieldCheck::changeRequestNumber, Function.identity(), (a, b) -> a.isOpen() ? a : b));
        var planned = new LinkedHashMap<String, Planned>();
        var firstLine = new HashMap<String, Integer>();
        int notVisited = 0;
        int alreadyDecided = 0;
        for (var row : read.households()) {
            var rowProblems = new ArrayList<LineProblem>();
            formulas(row, HouseholdColumn.values(), c -> c.header, rowProblems);
            var number = text(row.cell(HouseholdColumn.NUMBER)).map(FieldImports::unescaped);
            var findingText = text(row.cell(HouseholdColumn.FINDING));
            boolean anythingFilled = java.util.Arrays.stream(HouseholdColumn.values())
                    .anyMatch(column -> column.filled && !row.cell(column).blank());
            if (number.isEmpty()) {
                rowProblems.add(problem(row, HouseholdColumn.NUMBER, "problemDetail.field.required"));
            } else if (firstLine.containsKey(number.get())) {
                rowProblems.add(
                        problem(row, HouseholdColumn.NUMBER, "fieldImport.listedTwice", firstLine.get(number.get())));
            } else {
                firstLine.put(number.get(), row.line());
                if (!found.containsKey(number.get())) {
                    rowProblems.add(problem(row, HouseholdColumn.NUMBER, "fieldImport.unknownChange", number.get()));
                }
            }
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                continue;
            }
            var check = found.get(number.get());
            if (findingText.isEmpty()) {
                if (anythingFilled && check.isOpen()) {
                    problems.add(problem(row, HouseholdColumn.FINDING, "fieldImport.finding.required"));
                } else {
                    notVisited++;
                }
                continue;
            }
            if (!check.isOpen()) {
                alreadyDecided++;
                continue;
            }
            var visit = visitOf(row, check, rowProblems);
            if (rowProblems.isEmpty()) {
                planned.put(number.get(), new Planned(row.line(), check, visit));
            }
            problems.addAll(rowProblems);
        }
        memberNiks(read.members(), found, planned, problems);
        return new Checked(
                read.households().size(), List.copyOf(planned.values()), notVisited, alreadyDecided, problems);
    }

    /** The visit a row records, each bad cell added to {@code problems}. */
    private Visit visitOf(SheetRow<HouseholdColumn> row, FieldCheck check, List<LineProblem> problems) {
        var finding = choice(row, HouseholdColumn.FINDING, FieldSheetLabels.FINDINGS, FieldFinding.class, problems);
        var reason = text(row.cell(HouseholdColumn.REASON)).orElse(null);
        var visitedOn = date(row, HouseholdColumn.VISITED_ON, problems);
        var enumerator = text(row.cell(HouseholdColumn.ENUMERATOR)).orElse(null);
        var expenditure = whole(row, HouseholdColumn.EXPENDITURE, 0, 1_000_000_000, problems);
        var welfare = new WelfareAttributes(
                choice(
                        row,
                        HouseholdColumn.OWNERSHIP,
                        FieldSheetLabels.OWNERSHIP,
                        WelfareAttributes.HouseOwnership.class,
                        problems),
                whole(row, HouseholdColumn.FLOOR_AREA, 1, 10_000, problems),
                choice(
                        row,
                        HouseholdColumn.FLOOR,
                        FieldSheetLabels.FLOORS,
                        WelfareAttributes.FloorMaterial.class,
                        problems),
                choice(
                        row,
                        HouseholdColumn.WALL,
                        FieldSheetLabels.WALLS,
                        WelfareAttributes.WallMaterial.class,
                        problems),
                choice(
                        row,
                        HouseholdColumn.ROOF,
                        FieldSheetLabels.ROOFS,
                        WelfareAttributes.RoofMaterial.class,
                        problems),
                choice(
                        row,
                        HouseholdColumn.WATER,
                        FieldSheetLabels.WATER,
                        WelfareAttributes.DrinkingWater.class,
                        problems),
                choice(
                        row,
                        HouseholdColumn.LIGHTING,
                        FieldSheetLabels.LIGHTING,
                        WelfareAttributes.Lighting.class,
                        problems),
                choice(
                        row,
                        HouseholdColumn.SANITATION,
                        FieldSheetLabels.SANITATION,
                        WelfareAttributes.Sanitation.class,
                        problems),
                choice(
                        row,
                        HouseholdColumn.FUEL,
                        FieldSheetLabels.FUELS,
                        WelfareAttributes.CookingFuel.class,
                        problems),
                expenditure == null ? null : expenditure.longValue());
        boolean anyIndicator = welfare.houseOwnership() != null
                || welfare.floorAreaM2() != null
                || welfare.floorMaterial() != null
                || welfare.wallMaterial() != null
                || welfare.roofMaterial() != null
                || welfare.drinkingWater() != null
                || welfare.lighting() != null
                || welfare.sanitation() != null
                || welfare.cookingFuel() != null
                || welfare.monthlyExpenditure() != null;
        var visit = new Visit(finding, reason, visitedOn, enumerator, anyIndicator ? welfare : null, List.of(), true);
        for (var violation : validator.validate(visit)) {
            var column = switch (violation.getPropertyPath().iterator().next().getName()) {
                case "finding" -> HouseholdColumn.FINDING;
                case "reason" -> HouseholdColumn.REASON;
                case "visitedOn" -> HouseholdColumn.VISITED_ON;
                case "enumerator" -> HouseholdColumn.ENUMERATOR;
                default -> HouseholdColumn.NUMBER;
            };
            // A bad cell already named (an unknown finding, a date that is no date) is not named twice.
            if (problems.stream().noneMatch(p -> Objects.equals(p.column(), row.letterOf(column)))) {
                problems.add(resolved(row, column, violation.getMessage()));
            }
        }
        if (finding != null
                && finding.needsReason(ChangeType.valueOf(check.changeType()))
                && (reason == null || reason.isBlank())) {
            problems.add(problem(row, HouseholdColumn.REASON, "fieldVisit.reason.required"));
        }
        return visit;
    }

    /** The members' NIKs as their KTPs show them, on the visits of the rows to decide. */
    private void memberNiks(
            List<SheetRow<MemberColumn>> rows,
            Map<String, FieldCheck> found,
            Map<String, Planned> planned,
            List<LineProblem> problems) {
        var withNik = rows.stream()
                .filter(row -> !row.cell(MemberColumn.NIK_ON_KTP).blank())
                .toList();
        var householdIds = withNik.stream()
                .map(row -> text(row.cell(MemberColumn.NUMBER))
                        .map(FieldImports::unescaped)
                        .map(found::get)
                        .orElse(null))
                .filter(Objects::nonNull)
                .map(FieldCheck::householdId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var members = households.activeMemberViews(householdIds);
        var niksByNumber = new HashMap<String, List<Visit.MemberNik>>();
        for (var row : rows) {
            var rowProblems = new ArrayList<LineProblem>();
            formulas(row, MemberColumn.values(), c -> c.header, rowProblems);
            if (row.cell(MemberColumn.NIK_ON_KTP).blank() || !rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                continue;
            }
            var number = text(row.cell(MemberColumn.NUMBER)).map(FieldImports::unescaped);
            var check = number.map(found::get).orElse(null);
            if (check == null) {
                problems.add(problem(row, MemberColumn.NUMBER, "fieldImport.unknownChange", number.orElse("")));
                continue;
            }
            var memberId = text(row.cell(MemberColumn.MEMBER_ID)).flatMap(FieldImports::wholeNumber);
            var ids = check.householdId() == null
                    ? Set.<Long>of()
                    : members.getOrDefault(check.householdId(), List.of()).stream()
                            .map(MemberView::id)
                            .collect(Collectors.toSet());
            if (memberId.isEmpty() || !ids.contains(memberId.get())) {
                problems.add(problem(row, MemberColumn.MEMBER_ID, "fieldVisit.member.notInHousehold"));
                continue;
            }
            var nik = row.cell(MemberColumn.NIK_ON_KTP).text().strip();
            var broken = niks.check(nik);
            if (!broken.isEmpty()) {
                problems.add(problem(row, MemberColumn.NIK_ON_KTP, broken.get(0).messageCode()));
                continue;
            }
            niksByNumber
                    .computeIfAbsent(number.get(), n -> new ArrayList<>())
                    .add(new Visit.MemberNik(memberId.get(), nik));
        }
        niksByNumber.forEach((number, memberNiks) -> {
            var row = planned.get(number);
            if (row != null) {
                var v = row.visit();
                planned.put(
                        number,
                        new Planned(
                                row.line(),
                                row.check(),
                                new Visit(
                                        v.finding(),
                                        v.reason(),
                                        v.visitedOn(),
                                        v.enumerator(),
                                        v.welfare(),
                                        memberNiks,
                                        true)));
            }
        });
    }

    private static <C extends Enum<C>> void formulas(
            SheetRow<C> row, C[] columns, Function<C, String> header, List<LineProblem> problems) {
        for (var column : columns) {
            if (row.cell(column).formulaLike()) {
                problems.add(new LineProblem(
                        row.sheet(),
                        row.line(),
                        row.letterOf(column),
                        header.apply(column),
                        "fieldImport.formula",
                        new Object[0]));
            }
        }
    }

    private static <E extends Enum<E>> E choice(
            SheetRow<HouseholdColumn> row,
            HouseholdColumn column,
            Map<E, String> labels,
            Class<E> type,
            List<LineProblem> problems) {
        var text = text(row.cell(column));
        if (text.isEmpty()) {
            return null;
        }
        var value = FieldSheetLabels.parse(labels, type, text.get());
        if (value.isEmpty()) {
            problems.add(
                    problem(row, column, "fieldImport.value.unknown", text.get(), String.join("; ", labels.values())));
        }
        return value.orElse(null);
    }

    private static Integer whole(
            SheetRow<HouseholdColumn> row, HouseholdColumn column, long min, long max, List<LineProblem> problems) {
        var cell = row.cell(column);
        if (cell.blank()) {
            return null;
        }
        Optional<Long> value = cell.number() != null
                ? Optional.of(cell.number())
                        .filter(n -> n.stripTrailingZeros().scale() <= 0)
                        .map(BigDecimal::longValue)
                : wholeNumber(cell.text().strip().replace(".", "").replace(",", ""));
        if (value.isEmpty() || value.get() < min || value.get() > max) {
            problems.add(problem(row, column, "fieldImport.number", min, max));
            return null;
        }
        return value.get().intValue();
    }

    private static Optional<Long> wholeNumber(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notNumber) {
            return Optional.empty();
        }
    }

    private static LocalDate date(SheetRow<HouseholdColumn> row, HouseholdColumn column, List<LineProblem> problems) {
        var cell = row.cell(column);
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.number() != null
                && cell.number().compareTo(BigDecimal.valueOf(36_526)) >= 0
                && cell.number().compareTo(BigDecimal.valueOf(73_051)) < 0) {
            // A date that lost its format: Excel counts days from 30 December 1899 (2000 to 2100 here).
            return EXCEL_EPOCH.plusDays(cell.number().longValue());
        }
        var text = text(cell);
        if (text.isEmpty()) {
            return null;
        }
        for (var format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text.get(), format);
            } catch (DateTimeParseException tryNext) {
                // the next format
            }
        }
        problems.add(problem(row, column, "fieldImport.date", text.get()));
        return null;
    }

    private static <C extends Enum<C>> LineProblem problem(
            SheetRow<C> row, C column, String messageCode, Object... arguments) {
        return new LineProblem(row.sheet(), row.line(), row.letterOf(column), headerOf(column), messageCode, arguments);
    }

    private static LineProblem resolved(SheetRow<HouseholdColumn> row, HouseholdColumn column, String message) {
        // Already in the caller's language: passed through as the message's only argument.
        return new LineProblem(
                row.sheet(), row.line(), row.letterOf(column), column.header, "fieldImport.message", new Object[] {
                    message
                });
    }

    /** A value the field sheet wrote behind an apostrophe, as it was. */
    private static String unescaped(String text) {
        return text.startsWith("'") ? text.substring(1) : text;
    }

    private FieldImportView previewView(FieldImport found, Checked checked) {
        var byFinding = new EnumMap<FieldFinding, Integer>(FieldFinding.class);
        checked.planned().forEach(p -> byFinding.merge(p.visit().finding(), 1, Integer::sum));
        int becomeRemovals = (int) checked.planned().stream()
                .filter(p -> p.visit()
                        .finding()
                        .outcomeFor(ChangeType.valueOf(p.check().changeType()), null)
                        .retypes())
                .count();
        return new FieldImportView(
                found.id(),
                found.status(),
                found.filename(),
                found.sha256(),
                checked.rows(),
                checked.planned().size(),
                byFinding,
                becomeRemovals,
                checked.notVisited(),
                checked.alreadyDecided(),
                sameFileConfirmedAt(found),
                0,
                found.uploadedBy(),
                found.uploadedAt(),
                found.confirmedAt());
    }

    private FieldImportView confirmedView(FieldImport found) {
        var byFinding = new EnumMap<FieldFinding, Integer>(FieldFinding.class);
        for (Object[] row : imports.countByFinding(found.id())) {
            byFinding.put((FieldFinding) row[0], ((Number) row[1]).intValue());
        }
        return new FieldImportView(
                found.id(),
                found.status(),
                found.filename(),
                found.sha256(),
                found.rowsTotal(),
                found.rowsToDecide(),
                byFinding,
                0,
                0,
                found.rowsTotal() - found.rowsToDecide(),
                sameFileConfirmedAt(found),
                inbox.stillApplying(imports.decidedTasks(found.id())),
                found.uploadedBy(),
                found.uploadedAt(),
                found.confirmedAt());
    }

    private Instant sameFileConfirmedAt(FieldImport found) {
        return imports.confirmedSameFile(found.villageCode(), found.sha256(), found.id(), PageRequest.of(0, 1)).stream()
                .findFirst()
                .map(FieldImport::confirmedAt)
                .orElse(null);
    }

    private FieldImport visible(long id, CurrentUser operator) {
        return imports.findById(id)
                .filter(found -> found.villageCode().equals(operator.regionCode()))
                .orElseThrow(() -> new NotFoundException("fieldImport", id));
    }

    private static void requireOperator(CurrentUser operator) {
        if (operator.role() != Role.VILLAGE_OPERATOR) {
            throw new AccessDeniedException(operator.username() + " imports no field sheet");
        }
    }

    private static byte[] contentOf(MultipartFile file) {
        if (file == null) {
            throw refusedFile("problemDetail.field.required");
        }
        if (file.isEmpty()) {
            throw refusedFile("document.empty");
        }
        if (file.getSize() > DocumentStore.MAX_BYTES) {
            throw refusedFile("document.tooLarge");
        }
        try (InputStream in = file.getInputStream()) {
            var content = in.readNBytes((int) DocumentStore.MAX_BYTES + 1);
            if (content.length > DocumentStore.MAX_BYTES) {
                throw refusedFile("document.tooLarge");
            }
            return content;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static FieldSheetRefusedException refusedFile(String messageCode) {
        return new FieldSheetRefusedException(List.of(LineProblem.ofFile(messageCode)));
    }

    private static String filenameOf(MultipartFile file) {
        var original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        var name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            name = "lembar-lapangan.xlsx";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
