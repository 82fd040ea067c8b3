package id.verivali.notification;

import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import id.verivali.security.MailRecipient;
import id.verivali.security.NotificationKind;
import id.verivali.security.NotificationSettingsService;
import id.verivali.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The officials a task's candidate group stands for, as their inboxes show them the task, who chose a mail. */
@Component
class Recipients {

    private final NotificationSettingsService settings;

    Recipients(NotificationSettingsService settings) {
        this.settings = settings;
    }

    /**
     * @param region the candidate group's region; null for a national group
     * @param villageCode the village of the change the task is about
     */
    List<MailRecipient> of(String role, String region, String villageCode, NotificationKind kind) {
        var candidates = Role.valueOf(role);
        if (region != null) {
            return settings.recipients(candidates, List.of(region), false, kind);
        }
        if (candidates == Role.SUPERVISOR) {
            // The national supervisors' follow-ups are also in the inbox of every supervisor whose region holds the
            // change's village.
            return settings.recipients(candidates, regionsHolding(villageCode), true, kind);
        }
        return settings.recipients(candidates, List.of(), true, kind);
    }

    /** The village and every region above it: 61.12.04.2002, 61.12.04, 61.12, 61. */
    private static List<String> regionsHolding(String villageCode) {
        var codes = new ArrayList<String>();
        var code = villageCode;
        codes.add(code);
        while (RegionLevel.ofCode(code) != RegionLevel.PROVINCE) {
            code = RegionCodes.parentOf(code);
            codes.add(code);
        }
        return codes;
    }
}
