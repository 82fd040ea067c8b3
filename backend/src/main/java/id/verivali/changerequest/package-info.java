/**
 * Household change requests (usulan perubahan): who proposed what for which household, the stage each one has
 * reached on its way from the village to the ministry, every decision taken on it, and the registry change an
 * approved one makes. The process itself runs elsewhere, behind {@link id.verivali.changerequest.ChangeProcess}.
 */
package id.verivali.changerequest;
