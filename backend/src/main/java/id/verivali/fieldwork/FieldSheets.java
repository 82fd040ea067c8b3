package id.verivali.fieldwork;

import static id.verivali.fieldwork.FieldSheetLayout.escaped;
import static id.verivali.fieldwork.FieldSheetLayout.filled;
import static id.verivali.fieldwork.FieldSheetLayout.headerOf;

import id.verivali.audit.AuditLog;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.ChangeType;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.fieldwork.FieldSheetLayout.HouseholdColumn;
import id.verivali.fieldwork.FieldSheetLayout.MemberColumn;
import id.verivali.household.HouseholdAddress;
import id.verivali.household.HouseholdService;
import id.verivali.household.MemberView;
import id.verivali.household.Nik;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionService;
import id.verivali.security.RegionScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A village's field sheet as an Excel workbook, in Bahasa Indonesia: the instructions, one row per household with
 * empty columns for the finding, the visit and the DTKS questionnaire's indicators (choices offered as drop-down
 * lists), and the members with their NIKs on a sheet of their own. The enumerator fills it in, and the same workbook
 * comes back as the import. NIKs and family cards are in full, for the visit: every download is recorded in the
 * audit log.
 */
@Service
class FieldSheets {

    /** The audit subject id of a field sheet's download. */
    static final String FIELD_SHEET = "field-sheet";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String DATE_FORMAT = "dd-mm-yyyy";
    private static final String TO_FILL = "FFF2CC";

    private final FieldCheckService fieldChecks;
    private final HouseholdService households;
    private final ChangeRequestQueries changes;
    private final Hamlets hamlets;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    FieldSheets(
            FieldCheckService fieldChecks,
            HouseholdService households,
            ChangeRequestQueries changes,
            Hamlets hamlets,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.fieldChecks = fieldChecks;
        this.households = households;
        this.changes = changes;
        this.hamlets = hamlets;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The workbook and the name to save it under. */
    record FieldSheet(String filename, byte[] content, int households) {}

    /**
     * The field checks of one village the filter holds (those still to visit or visited by default), in walking
     * order. Read-write: the download's audit event is written with it.
     */
    @Transactional
    FieldSheet workbook(RegionScope scope, FieldCheckFilter filter, String actor) {
        String village = scope.regionCode()
                .filter(FieldCheckService::isVillage)
                .orElseThrow(() -> new InvalidFieldException("region", "fieldSheet.region.village"));
        var states = filter.status() == null ? FieldCheckService.OPEN : Set.of(filter.status());
        var checks = fieldChecks.all(scope, filter, states, FieldSheetLayout.MAX_ROWS);
        var householdIds = checks.stream()
                .map(FieldCheck::householdId)
                .filter(Objects::nonNull)
                .toList();
        var addresses = households.addresses(householdIds);
        var members = households.activeMemberViews(householdIds);
        var dusun = hamlets.byVillage(List.of(village)).getOrDefault(village, Map.of());
        var names = regions.names(List.of(village, RegionCodes.parentOf(village)));

        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Verivali", "1.0");
        instructions(
                workbook.newWorksheet(FieldSheetLayout.INSTRUCTIONS),
                names.get(village),
                names.get(RegionCodes.parentOf(village)),
                village,
                checks.size());
        var householdSheet = workbook.newWorksheet(FieldSheetLayout.HOUSEHOLDS);
        var memberSheet = workbook.newWorksheet(FieldSheetLayout.MEMBERS);
        var lists = workbook.newWorksheet(FieldSheetLayout.LISTS);
        header(householdSheet, HouseholdColumn.values());
        header(memberSheet, MemberColumn.values());
        int memberRow = 1;
        for (int i = 0; i < checks.size(); i++) {
            var check = checks.get(i);
            var listed = check.householdId() == null ? null : addresses.get(check.householdId());
            int row = i + 1;
            householdRow(householdSheet, row, check, listed, dusun);
            List<MemberView> people = check.householdId() == null
                    ? proposedMembers(check)
                    : members.getOrDefault(check.householdId(), List.of());
            for (var member : people) {
                memberRow(memberSheet, memberRow++, check, member);
            }
        }
        choices(lists, householdSheet, Math.max(checks.size(), 1));
        fillColour(householdSheet, checks.size(), HouseholdColumn.values());
        fillColour(memberSheet, memberRow - 1, MemberColumn.values());
        lists.setVisibilityState(VisibilityState.HIDDEN);
        householdSheet.keepInActiveTab();
        try {
            workbook.finish();
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        }
        audit.recordExport(actor, FIELD_SHEET, village, parameters(filter, checks.size()));
        return new FieldSheet(
                "lembar-lapangan-" + village.replace(".", "") + "-" + LocalDate.now(clock) + ".xlsx",
                out.toByteArray(),
                checks.size());
    }

    private void instructions(Worksheet sheet, String villageName, String subdistrictName, String village, int count) {
        var lines = List.of(
                "Lembar Verifikasi Lapangan",
                "Desa/Kelurahan " + villageName + ", Kecamatan " + subdistrictName + " (" + village + ")",
                "Dicetak " + DAY_MONTH_YEAR.format(LocalDate.now(clock)) + ": " + count + " rumah tangga",
                "",
                "Cara mengisi:",
                "1. Kunjungi setiap rumah tangga di lembar \"" + FieldSheetLayout.HOUSEHOLDS
                        + "\". Kolom berwarna kuning diisi petugas; kolom lain jangan diubah.",
                "2. Hasil kunjungan: pilih dari daftar (Ditemukan, masih layak; Pindah; Meninggal; Data ganda;"
                        + " Tidak ditemukan; Sudah mampu). Baris tanpa hasil dianggap belum dikunjungi.",
                "3. Selain \"Ditemukan, masih layak\", tuliskan alasannya di kolom Alasan / keterangan.",
                "4. Tanggal kunjungan ditulis HH-BB-TTTT (misalnya 05-12-2026), tidak boleh setelah hari ini.",
                "5. Isi nama petugas yang berkunjung, dan indikator rumah dari kuesioner DTKS bila diperiksa.",
                "6. Di lembar \"" + FieldSheetLayout.MEMBERS + "\", isi NIK sesuai KTP hanya bila berbeda dari NIK"
                        + " yang tercatat.",
                "7. Jangan menulis rumus (isian yang diawali =, +, - atau @): baris itu akan ditolak.",
                "8. Unggah kembali berkas ini di Verivali (Verifikasi lapangan > Impor hasil). Verivali memeriksa"
                        + " semua baris lebih dulu dan tidak memutuskan apa pun sebelum Anda mengonfirmasi.",
                "",
                "Data pribadi: berkas ini memuat NIK dan nomor KK lengkap. Simpan dengan aman dan hapus setelah"
                        + " diunggah.");
        for (int i = 0; i < lines.size(); i++) {
            sheet.value(i, 0, lines.get(i));
        }
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.width(0, 120);
    }

    private static void header(Worksheet sheet, Enum<?>[] columns) {
        for (var column : columns) {
            sheet.value(0, column.ordinal(), headerOf(column));
            sheet.width(
                    column.ordinal(), Math.max(10, Math.min(40, headerOf(column).length() + 4)));
        }
        sheet.range(0, 0, 0, columns.length - 1).style().bold().wrapText(true).set();
        sheet.freezePane(2, 1);
    }

    private void householdRow(
            Worksheet sheet, int row, FieldCheck check, HouseholdAddress listed, Map<String, String> dusun) {
        sheet.value(row, HouseholdColumn.ROW.ordinal(), row);
        text(sheet, row, HouseholdColumn.NUMBER, check.changeRequestNumber());
        if (check.householdId() != null) {
            sheet.value(row, HouseholdColumn.HOUSEHOLD_ID.ordinal(), check.householdId());
        }
        text(sheet, row, HouseholdColumn.KK, listed == null ? null : listed.kkNumber());
        text(sheet, row, HouseholdColumn.HEAD, check.headName());
        text(sheet, row, HouseholdColumn.ADDRESS, check.address());
        text(sheet, row, HouseholdColumn.RT, check.rt());
        text(sheet, row, HouseholdColumn.RW, check.rw());
        text(sheet, row, HouseholdColumn.DUSUN, check.rw() == null ? null : dusun.get(check.rw()));
        text(
                sheet,
                row,
                HouseholdColumn.TYPE,
                FieldSheetLabels.CHANGE_TYPES.get(ChangeType.valueOf(check.changeType())));
        if (check.dueDate() != null) {
            text(
                    sheet,
                    row,
                    HouseholdColumn.DUE,
                    DAY_MONTH_YEAR.format(check.dueDate().atZone(clock.getZone())));
        }
    }

    /**
     * The active members of the households these field checks concern (a new household's as proposed), by change
     * id, NIKs masked: what a printed sheet lists under each household. Changes outside the scope are left out.
     */
    @Transactional(readOnly = true)
    Map<Long, List<PrintedMember>> members(Collection<Long> changeRequestIds, RegionScope scope) {
        if (changeRequestIds.isEmpty()) {
            return Map.of();
        }
        var checks = fieldChecks.byChanges(changeRequestIds).stream()
                .filter(check -> scope.covers(check.villageCode()))
                .toList();
        var members = households.activeMemberViews(checks.stream()
                .map(FieldCheck::householdId)
                .filter(Objects::nonNull)
                .toList());
        var printed = new LinkedHashMap<Long, List<PrintedMember>>();
        for (var check : checks) {
            var people = check.householdId() == null
                    ? proposedMembers(check)
                    : members.getOrDefault(check.householdId(), List.of());
            printed.put(
                    check.changeRequestId(),
                    people.stream()
                            .map(m -> new PrintedMember(
                                    m.name(), Nik.mask(m.nik()), m.relationship(), m.sex(), m.birthDate()))
                            .toList());
        }
        return printed;
    }

    private List<MemberView> proposedMembers(FieldCheck check) {
        var proposed = changes.proposedChange(check.changeRequestNumber()).household();
        if (proposed == null) {
            return List.of();
        }
        return proposed.members().stream()
                .map(m -> new MemberView(
                        null, m.nik(), m.name(), m.birthDate(), m.sex(), m.relationship(), null, null, null))
                .toList();
    }

    private static void memberRow(Worksheet sheet, int row, FieldCheck check, MemberView member) {
        text(sheet, row, MemberColumn.NUMBER, check.changeRequestNumber());
        if (member.id() != null) {
            sheet.value(row, MemberColumn.MEMBER_ID.ordinal(), member.id());
        }
        text(sheet, row, MemberColumn.NIK, member.nik());
        text(sheet, row, MemberColumn.NAME, member.name());
        text(
                sheet,
                row,
                MemberColumn.RELATIONSHIP,
                member.relationship() == null ? null : FieldSheetLabels.RELATIONSHIPS.get(member.relationship()));
        text(sheet, row, MemberColumn.SEX, member.sex() == null ? null : FieldSheetLabels.SEXES.get(member.sex()));
        if (member.birthDate() != null) {
            text(sheet, row, MemberColumn.BIRTH_DATE, DAY_MONTH_YEAR.format(member.birthDate()));
        }
    }

    private static void text(Worksheet sheet, int row, Enum<?> column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(row, column.ordinal(), escaped(value));
        }
    }

    /** The drop-down lists: each list's words in a column of the hidden list sheet, offered in its column. */
    private static void choices(Worksheet lists, Worksheet households, int rows) {
        var columns = new LinkedHashMap<HouseholdColumn, List<String>>();
        columns.put(HouseholdColumn.FINDING, FieldSheetLabels.words(FieldSheetLabels.FINDINGS));
        columns.put(HouseholdColumn.OWNERSHIP, FieldSheetLabels.words(FieldSheetLabels.OWNERSHIP));
        columns.put(HouseholdColumn.FLOOR, FieldSheetLabels.words(FieldSheetLabels.FLOORS));
        columns.put(HouseholdColumn.WALL, FieldSheetLabels.words(FieldSheetLabels.WALLS));
        columns.put(HouseholdColumn.ROOF, FieldSheetLabels.words(FieldSheetLabels.ROOFS));
        columns.put(HouseholdColumn.WATER, FieldSheetLabels.words(FieldSheetLabels.WATER));
        columns.put(HouseholdColumn.LIGHTING, FieldSheetLabels.words(FieldSheetLabels.LIGHTING));
        columns.put(HouseholdColumn.SANITATION, FieldSheetLabels.words(FieldSheetLabels.SANITATION));
        columns.put(HouseholdColumn.FUEL, FieldSheetLabels.words(FieldSheetLabels.FUELS));
        int listColumn = 0;
        for (var entry : columns.entrySet()) {
            var words = entry.getValue();
            lists.value(0, listColumn, entry.getKey().header);
            for (int i = 0; i < words.size(); i++) {
                lists.value(i + 1, listColumn, words.get(i));
            }
            var letter = FieldSheetLayout.letter(listColumn);
            var target = entry.getKey().ordinal();
            households
                    .range(1, target, rows, target)
                    .validateWithListByFormula(
                            "'" + FieldSheetLayout.LISTS + "'!$" + letter + "$2:$" + letter + "$" + (words.size() + 1))
                    .allowBlank(true)
                    .showErrorMessage(true)
                    .errorTitle("Pilihan tidak ada")
                    .error("Pilih salah satu isian dari daftar.");
            listColumn++;
        }
    }

    private static void fillColour(Worksheet sheet, int rows, Enum<?>[] columns) {
        for (var column : columns) {
            if (filled(column)) {
                var style = sheet.range(1, column.ordinal(), Math.max(rows, 1), column.ordinal())
                        .style()
                        .fillColor(TO_FILL);
                if (column == HouseholdColumn.VISITED_ON) {
                    style.format(DATE_FORMAT);
                }
                style.set();
            }
        }
    }

    private static Map<String, Object> parameters(FieldCheckFilter filter, int households) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("format", "xlsx");
        parameters.put("round", filter.round());
        parameters.put("rt", filter.rt());
        parameters.put("rw", filter.rw());
        parameters.put("dusun", filter.dusun());
        parameters.put("status", filter.status());
        parameters.put("households", households);
        return parameters;
    }
}
