/**
 * The research library: case studies, research summaries, the bibliography, training programmes
 * and programme pages, written by editors, reviewed by another editor, published
 * at a chosen minute, kept in every revision, and found by a search over the library and the events.
 *
 * <ul>
 *   <li><b>Doors</b>: {@link org.civicportal.content.LibraryAdministration} (editors and
 *       administrators), {@link org.civicportal.content.LibraryService} (may a logged-in reader read
 *       members-only text).</li>
 *   <li><b>Workers</b>: {@link org.civicportal.content.LibraryWriting} (drafts of each kind, the bibliography's
 *       import), {@link org.civicportal.content.LibraryEditing} (review, approval,
 *       restore, rename), {@link org.civicportal.content.LibraryDrafts} (the steps both share),
 *       {@link org.civicportal.content.LibraryPublishing} (the minute tick),
 *       {@link org.civicportal.content.EditorsDesk} (the editors' dashboard, revisions, comparison),
 *       {@link org.civicportal.content.LibraryReading} (what visitors read),
 *       {@link org.civicportal.content.LibraryFiles} (attachments),
 *       {@link org.civicportal.content.LibrarySearch} (this node's index, fed from the change table and
 *       from other features' {@link org.civicportal.content.SearchSource}s),
 *       {@link org.civicportal.content.LibrarySeeding} (demonstration content).</li>
 *   <li><b>Rules</b>: {@link org.civicportal.content.EditorialPolicy} (as an
 *       {@link org.civicportal.content.EditorialVerdict}), {@link org.civicportal.content.RichText}
 *       (the sanitiser's policy), {@link org.civicportal.content.AttachmentCheck} (type by content),
 *       {@link org.civicportal.content.Slugs}, {@link org.civicportal.content.RevisionComparison},
 *       {@link org.civicportal.content.PopulationBand}; the bibliography's
 *       {@link org.civicportal.content.BibliographyImport}, {@link org.civicportal.content.BibliographyExport}
 *       and {@link org.civicportal.content.Citations}; the search engine
 *       {@link org.civicportal.content.LibraryIndex}.</li>
 *   <li><b>Forms</b>: {@link org.civicportal.content.CaseStudyForm}, {@link org.civicportal.content.ResearchSummaryForm},
 *       {@link org.civicportal.content.TrainingProgrammeForm}, {@link org.civicportal.content.ProgrammePageForm}; read views:
 *       {@link org.civicportal.content.SearchResults}, {@link org.civicportal.content.BibliographicRecord}.</li>
 *   <li><b>Entities</b>: {@link org.civicportal.content.LibraryItem}, {@link org.civicportal.content.Revision}
 *       with {@link org.civicportal.content.CaseStudy}, {@link org.civicportal.content.ResearchSummary},
 *       {@link org.civicportal.content.BibliographyEntry}, {@link org.civicportal.content.TrainingProgramme} and
 *       {@link org.civicportal.content.ProgrammePage}; {@link org.civicportal.content.LibraryFile},
 *       {@link org.civicportal.content.FormerSlug}, {@link org.civicportal.content.LibraryChange}.</li>
 * </ul>
 */
package org.civicportal.content;
