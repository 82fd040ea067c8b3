package id.verivali.fieldwork;

/**
 * The field sheet's sheets and columns, written once for the workbook that goes out and the one that comes back.
 * The import finds each column by its header, so an operator who moves or hides columns loses nothing.
 */
final class FieldSheetLayout {

    static final String INSTRUCTIONS = "Petunjuk";
    static final String HOUSEHOLDS = "Rumah Tangga";
    static final String MEMBERS = "Anggota";
    static final String LISTS = "Daftar";

    /** The most field checks one sheet lists: the largest villages have some 600 households on the list. */
    static final int MAX_ROWS = 10_000;

    enum HouseholdColumn {
        ROW("No"),
        NUMBER("Nomor usulan"),
        HOUSEHOLD_ID("ID keluarga"),
        KK("Nomor KK"),
        HEAD("Kepala keluarga"),
        ADDRESS("Alamat"),
        RT("RT"),
        RW("RW"),
        DUSUN("Dusun"),
        TYPE("Jenis usulan"),
        DUE("Batas waktu"),
        FINDING("Hasil kunjungan", true),
        REASON("Alasan / keterangan", true),
        VISITED_ON("Tanggal kunjungan", true),
        ENUMERATOR("Petugas", true),
        OWNERSHIP("Status kepemilikan rumah", true),
        FLOOR_AREA("Luas lantai (m2)", true),
        FLOOR("Jenis lantai terluas", true),
        WALL("Jenis dinding terluas", true),
        ROOF("Jenis atap terluas", true),
        WATER("Sumber air minum", true),
        LIGHTING("Sumber penerangan", true),
        SANITATION("Fasilitas buang air besar", true),
        FUEL("Bahan bakar memasak", true),
        EXPENDITURE("Pengeluaran sebulan (Rp)", true);

        final String header;
        /** Filled in by the enumerator; the others say which household the row is. */
        final boolean filled;

        HouseholdColumn(String header) {
            this(header, false);
        }

        HouseholdColumn(String header, boolean filled) {
            this.header = header;
            this.filled = filled;
        }
    }

    enum MemberColumn {
        NUMBER("Nomor usulan"),
        MEMBER_ID("ID anggota"),
        NIK("NIK"),
        NAME("Nama"),
        RELATIONSHIP("Hubungan"),
        SEX("Jenis kelamin"),
        BIRTH_DATE("Tanggal lahir"),
        NIK_ON_KTP("NIK sesuai KTP (isi jika berbeda)", true);

        final String header;
        final boolean filled;

        MemberColumn(String header) {
            this(header, false);
        }

        MemberColumn(String header, boolean filled) {
            this.header = header;
            this.filled = filled;
        }
    }

    /** A column's header, of either sheet. */
    static String headerOf(Enum<?> column) {
        return column instanceof HouseholdColumn household ? household.header : ((MemberColumn) column).header;
    }

    /** Whether the enumerator fills the column in, on either sheet. */
    static boolean filled(Enum<?> column) {
        return column instanceof HouseholdColumn household ? household.filled : ((MemberColumn) column).filled;
    }

    /** A column's letters as a spreadsheet shows them: 0 is A, 25 is Z, 26 is AA. */
    static String letter(int index) {
        var letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    /**
     * Text a spreadsheet would take for a formula (it starts with {@code =}, {@code +}, {@code -} or {@code @}, or
     * a tab or carriage return) is written behind an apostrophe, so that opening the sheet runs nothing.
     */
    static String escaped(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsLikeFormula(text) ? "'" + text : text;
    }

    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private FieldSheetLayout() {}
}
