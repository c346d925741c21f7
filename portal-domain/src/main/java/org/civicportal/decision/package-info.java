/**
 * The decision-matrix tool: readiness (fourteen characteristics graded 1 to 3), options scored
 * on weighted criteria, exact ranking and sensitivity, and the group dialogue by invitation.
 *
 * <ul>
 *   <li><b>Doors</b>: {@link org.civicportal.decision.DecisionService} (members in good standing
 *       and invited participants), {@link org.civicportal.decision.DecisionReferenceAdministration}
 *       (administrators: wording, guidance, default criteria).</li>
 *   <li><b>Workers</b>: {@link org.civicportal.decision.Matrices} (the owner's matrices, history),
 *       {@link org.civicportal.decision.Participation} (invitations, private scoring, comments).</li>
 *   <li><b>Rules</b>: {@link org.civicportal.decision.MatrixScoring} (exact weighted totals and ties),
 *       {@link org.civicportal.decision.Sensitivity}, {@link org.civicportal.decision.Readiness},
 *       {@link org.civicportal.decision.Disagreement}.</li>
 *   <li><b>Entities</b>: {@link org.civicportal.decision.DecisionMatrix} and its options, criteria,
 *       grades, scores, participants, comments and changes.</li>
 * </ul>
 */
package org.civicportal.decision;
