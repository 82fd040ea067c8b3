package id.verivali.changerequest;

import java.util.Optional;

/** Finds a change request by its number, the business key its process's callbacks name it by. */
interface ChangeRequestByNumber {

    Optional<ChangeRequest> findByNumber(String number);
}
