/**
 * Verification rounds (putaran verivali): a district re-verifies its whole list, or chosen kecamatan, against each
 * kecamatan's target date. Opening a round proposes one re-verification per household on the list, each its own
 * change through the normal chain, started in the background in short batches from a cursor kept in the database, so
 * that a restart (or another node) carries on where the last committed batch ended.
 */
package id.verivali.round;
