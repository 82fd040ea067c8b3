package id.verivali.bpmn;

/**
 * The names that {@code household-change.bpmn} and the Java code share, written once.
 *
 * <p>Region vocabulary follows the role names: a <em>subdistrict</em> is a kecamatan, a <em>district</em> is a
 * kabupaten/kota.
 */
public final class HouseholdChange {

    public static final String PROCESS_KEY = "householdChange";
    public static final String RESOURCE = "household-change.bpmn";

    public static final String START = "Start_ChangeProposed";
    public static final String TASK_FIELD_CHECK = "Task_FieldCheck";
    public static final String TASK_VILLAGE_DELIBERATION = "Task_VillageDeliberation";
    public static final String TASK_SUBDISTRICT_PLENARY = "Task_SubdistrictPlenary";
    public static final String TASK_DISTRICT_VERIFICATION = "Task_DistrictVerification";
    public static final String TASK_DISTRICT_APPROVAL = "Task_DistrictApproval";
    public static final String TASK_MINISTRY_DETERMINATION = "Task_MinistryDetermination";
    public static final String END_APPROVED = "End_Approved";

    /** Process variables. */
    public static final String VAR_VILLAGE_CODE = "villageCode";

    public static final String VAR_SUBDISTRICT_CODE = "subdistrictCode";
    public static final String VAR_DISTRICT_CODE = "districtCode";

    private HouseholdChange() {}
}
