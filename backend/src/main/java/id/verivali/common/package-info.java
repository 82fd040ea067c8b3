/** What every feature may use: problem details, paging, the single-page app's routes. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.verivali.common;

import org.springframework.modulith.ApplicationModule;
