#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_workflow (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::workflow::errc {

inline constexpr QLatin1StringView AnalyzerAlreadyResolved{"analyzer.already_resolved"};  ///< a held result already attached or rejected
inline constexpr QLatin1StringView AnalyzerAlreadyValidated{"analyzer.already_validated"};  ///< a value for a result already validated (or a closed dossier): held
inline constexpr QLatin1StringView AnalyzerCancelledAnalysis{"analyzer.cancelled_analysis"};  ///< a value for a cancelled analysis or dossier: held
inline constexpr QLatin1StringView AnalyzerCodeMapped{"analyzer.code_mapped"};  ///< a test code already mapped to another analysis of the profile
inline constexpr QLatin1StringView AnalyzerDryRun{"analyzer.dry_run"};  ///< internal: rolls back a dry run's transaction, never returned
inline constexpr QLatin1StringView AnalyzerNotOrdered{"analyzer.not_ordered"};  ///< a value for an analysis the tube's dossier does not have: held
inline constexpr QLatin1StringView AnalyzerReasonRequired{"analyzer.reason_required"};  ///< a profile change or held-result decision without reason
inline constexpr QLatin1StringView AnalyzerSpecimenNotReceived{"analyzer.specimen_not_received"};  ///< a value for a tube not received (or rejected): held
inline constexpr QLatin1StringView AnalyzerUnknownProfile{"analyzer.unknown_profile"};  ///< a profile name the database does not hold
inline constexpr QLatin1StringView AnalyzerUnknownSpecimen{"analyzer.unknown_specimen"};  ///< a specimen id that is no tube's barcode: held
inline constexpr QLatin1StringView AuditAnchorMismatch{"audit.anchor_mismatch"};  ///< Appending refused: the file's last anchor no longer matches the trail (tail deleted/rewritten).
inline constexpr QLatin1StringView AuditAnchorWrite{"audit.anchor_write"};  ///< The anchor line could not be written (disk full, read-only, network share gone).
inline constexpr QLatin1StringView AuthCrypto{"auth.crypto"};  ///< « Échec du calcul de l'empreinte du mot de passe. »
inline constexpr QLatin1StringView AuthDisabled{"auth.disabled"};  ///< « Ce compte est désactivé. »
inline constexpr QLatin1StringView AuthFailed{"auth.failed"};  ///< « Identifiant ou mot de passe incorrect. »
inline constexpr QLatin1StringView AuthForbidden{"auth.forbidden"};
inline constexpr QLatin1StringView AuthLocked{"auth.locked"};  ///< « Compte verrouillé après plusieurs échecs de connexion, jusqu'à %1 (heure locale). »
inline constexpr QLatin1StringView AuthNoSession{"auth.no_session"};  ///< « Aucun utilisateur connecté. »
inline constexpr QLatin1StringView AuthPasswordForbidden{"auth.password_forbidden"};  ///< « La connexion par mot de passe des biologistes est désactivée : utilisez Pro Santé Connect. »
inline constexpr QLatin1StringView AuthPscAmbiguousRpps{"auth.psc_ambiguous_rpps"};  ///< « Plusieurs comptes du laboratoire sont rattachés au RPPS %1… »
inline constexpr QLatin1StringView AuthPscDirectory{"auth.psc_directory"};  ///< « Le RPPS %1 est absent de l'Annuaire Santé (professionnel inconnu ou inactif)… »
inline constexpr QLatin1StringView AuthPscNoRpps{"auth.psc_no_rpps"};  ///< « Pro Santé Connect n'a pas transmis de numéro RPPS… »
inline constexpr QLatin1StringView AuthPscUnknownRpps{"auth.psc_unknown_rpps"};  ///< « Aucun compte du laboratoire n'est rattaché au RPPS %1… »
inline constexpr QLatin1StringView AutovalBadMode{"autoval.bad_mode"};  ///< a mode other than off, shadow, active
inline constexpr QLatin1StringView AutovalBadPeriod{"autoval.bad_period"};  ///< statistics over an empty or reversed period
inline constexpr QLatin1StringView AutovalBadResponsible{"autoval.bad_responsible"};  ///< active mode without an active biologist account (RPPS, right to validate and sign)
inline constexpr QLatin1StringView AutovalNoRuleSet{"autoval.no_rule_set"};  ///< shadow or active mode, or an evaluation, before any rule set was saved
inline constexpr QLatin1StringView AutovalRuleSetUnchanged{"autoval.rule_set_unchanged"};  ///< a rule set saved identical to the current one
inline constexpr QLatin1StringView AutovalSaveReasonRequired{"autoval.save_reason_required"};  ///< a rule set saved without the reason of the change
inline constexpr QLatin1StringView BenchBadDilution{"bench.bad_dilution"};  ///< a dilution factor missing or not above 1
inline constexpr QLatin1StringView BenchCalculated{"bench.calculated"};  ///< a value typed for a calculated analysis
inline constexpr QLatin1StringView BenchDossierClosed{"bench.dossier_closed"};  ///< entry on a validated, reported or cancelled dossier
inline constexpr QLatin1StringView BenchNoEntry{"bench.no_entry"};  ///< nothing to enter or to validate was given
inline constexpr QLatin1StringView BenchNotInDossier{"bench.not_in_dossier"};  ///< a result or analysis that is not in the dossier
inline constexpr QLatin1StringView BenchNothingToValidate{"bench.nothing_to_validate"};  ///< no entered result in the selection
inline constexpr QLatin1StringView CatalogueAnalysisInUse{"catalogue.analysis_in_use"};  ///< « L'analyse « %1 » a des résultats enregistrés : elle ne peut pas être supprimée. »
inline constexpr QLatin1StringView CatalogueBadKind{"catalogue.bad_kind"};  ///< « Type d'élément « %1 » inconnu (chapter, exam, analysis, reflex ou bench attendu). »
inline constexpr QLatin1StringView CatalogueConceptmapMode{"catalogue.conceptmap_mode"};  ///< « Un ConceptMap ne porte que les codes LOINC : il s'importe en mode… »
inline constexpr QLatin1StringView CatalogueNoChange{"catalogue.no_change"};  ///< « Aucune modification à enregistrer. »
inline constexpr QLatin1StringView CatalogueRangesWithFhir{"catalogue.ranges_with_fhir"};  ///< « Le fichier des plages ne s'utilise qu'avec un… »
inline constexpr QLatin1StringView CatalogueReasonRequired{"catalogue.reason_required"};  ///< « Le motif de la modification est obligatoire. »
inline constexpr QLatin1StringView CogData{"cog.data"};  ///< ex. « En-tête du référentiel COG inattendu : « %1 » (attendu « %2 »). »
inline constexpr QLatin1StringView CogEmpty{"cog.empty"};  ///< « Code du lieu de naissance absent. »
inline constexpr QLatin1StringView CogLength{"cog.length"};  ///< « Code du lieu de naissance « %1 » invalide : 5 caractères attendus, %2 saisis. »
inline constexpr QLatin1StringView CogSyntax{"cog.syntax"};  ///< « Code du lieu de naissance « %1 » invalide : 2 chiffres (2A ou 2B pour la Corse) puis 3 chiffres… »
inline constexpr QLatin1StringView CommentAlreadyRemoved{"comment.already_removed"};  ///< removing a comment already removed
inline constexpr QLatin1StringView CommentCsvLine{"comment.csv_line"};  ///< a comment library CSV line that cannot be read (the message names the line)
inline constexpr QLatin1StringView CommentDuplicateCode{"comment.duplicate_code"};  ///< creating a template whose code exists (or a code twice in one import)
inline constexpr QLatin1StringView CommentNotFound{"comment.not_found"};  ///< a comment id the dossier does not have
inline constexpr QLatin1StringView CommentReasonRequired{"comment.reason_required"};  ///< removing a comment without reason
inline constexpr QLatin1StringView CommentUnknownTemplate{"comment.unknown_template"};  ///< a template code the library does not have (or retired), named in the message
inline constexpr QLatin1StringView ConfigBadSetting{"config.bad_setting"};  ///< ex. « DMP — Adresse du service (endpoint) : une URL https:// est attendue. »
inline constexpr QLatin1StringView ConfigSecurity{"config.security"};  ///< ex. « Fichier de configuration illisible. »
inline constexpr QLatin1StringView ConfigWrite{"config.write"};  ///< « Fichier de configuration %1 non enregistré : … »
inline constexpr QLatin1StringView DemoBadValue{"demo.bad_value"};  ///< ex. « Valeur de démonstration invalide pour %1 : %2. »
inline constexpr QLatin1StringView DemoCatalogueRefused{"demo.catalogue_refused"};  ///< ex. « Règles réflexes de démonstration refusées :\n%1… »
inline constexpr QLatin1StringView DemoNotEmpty{"demo.not_empty"};  ///< « La base contient déjà des utilisateurs, des patients ou un… »
inline constexpr QLatin1StringView DemoUnknownAnalysis{"demo.unknown_analysis"};  ///< « Analyse(s) absente(s) du catalogue de démonstration : %1. »
inline constexpr QLatin1StringView DemoUnknownPatient{"demo.unknown_patient"};  ///< « Patient de démonstration %1 absent. »
inline constexpr QLatin1StringView DispatchDmpNoDocument{"dispatch.dmp_no_document"};  ///< masking or withdrawing a version that has no DMP sending (withheld, blocked, cancelled, already withdrawn)
inline constexpr QLatin1StringView DispatchDmpUnchanged{"dispatch.dmp_unchanged"};  ///< masks asked equal to the masks in force
inline constexpr QLatin1StringView DispatchInboxHandled{"dispatch.inbox_handled"};  ///< marking handled a received message already handled
inline constexpr QLatin1StringView DispatchInboxNoteRequired{"dispatch.inbox_note_required"};  ///< marking a received message handled without a note
inline constexpr QLatin1StringView DispatchNotCancellable{"dispatch.not_cancellable"};  ///< cancelling a row being sent, already sent or already cancelled
inline constexpr QLatin1StringView DispatchNotRetryable{"dispatch.not_retryable"};  ///< retrying a row being sent, sent, withheld or blocked
inline constexpr QLatin1StringView DispatchReasonRequired{"dispatch.reason_required"};  ///< cancelling without reason
inline constexpr QLatin1StringView DirectoryCancelled{"directory.cancelled"};  ///< an import cancelled by the user: the previous directory stays
inline constexpr QLatin1StringView DirectoryNoActivityFile{"directory.no_activity_file"};  ///< an import without PS_LibreAcces_Personne_activite file
inline constexpr QLatin1StringView DirectoryNoCriteria{"directory.no_criteria"};  ///< a search without any criterion
inline constexpr QLatin1StringView DirectoryNoFile{"directory.no_file"};  ///< an import without file
inline constexpr QLatin1StringView DmpWebInsNotQualified{"dmpweb.ins_not_qualified"};  ///< ex. « INS non qualifiée : identité provisoire (pas d'INS). … »
inline constexpr QLatin1StringView DmpWebNoIns{"dmpweb.no_ins"};  ///< « Pas d'INS enregistrée pour le patient %1 … » (identité qualifiée sans INS)
inline constexpr QLatin1StringView DmpWebNoPatient{"dmpweb.no_patient"};  ///< « Aucun patient sélectionné : … »
inline constexpr QLatin1StringView DmpWebNotConfigured{"dmpweb.not_configured"};  ///< « Accès web au DMP non configuré sur ce poste : … »
inline constexpr QLatin1StringView DmpWebPscExpired{"dmpweb.psc_expired"};  ///< « Votre session Pro Santé Connect a expiré : … »
inline constexpr QLatin1StringView DmpWebPscRequired{"dmpweb.psc_required"};  ///< « L'accès web au DMP exige une connexion par Pro Santé Connect … »
inline constexpr QLatin1StringView IdentityCpxHolderMismatch{"identity.cpx_holder_mismatch"};  ///< « La carte CPS insérée (%1) n'est pas celle de l'utilisateur connecté… »
inline constexpr QLatin1StringView IdentityCpxNotConfigured{"identity.cpx_not_configured"};  ///< « Le mode carte CPS d'INSi n'est pas paramétré sur ce poste… »
inline constexpr QLatin1StringView IdentityEvidence{"identity.evidence"};
inline constexpr QLatin1StringView IdentityFirstNameRequired{"identity.first_name_required"};  ///< « Aucun prénom de naissance à rechercher. »
inline constexpr QLatin1StringView IdentityLocalId{"identity.local_id"};  ///< « Impossible d'attribuer un IPP unique. »
inline constexpr QLatin1StringView IdentityMerged{"identity.merged"};  ///< ex. « Ce dossier patient a été fusionné : modifiez le dossier conservé. »
inline constexpr QLatin1StringView IdentityNotQualified{"identity.not_qualified"};  ///< « L'identité du patient %1 n'est pas qualifiée : l'INS ne peut pas être transmis. »
inline constexpr QLatin1StringView IdentityNothingToAccept{"identity.nothing_to_accept"};  ///< « Aucune identité INSi unique à accepter. »
inline constexpr QLatin1StringView IdentityTooManyRecords{"identity.too_many_records"};  ///< « Trop de patients pour rechercher leurs doublons (%1, au plus %2) : affinez la… »
inline constexpr QLatin1StringView MergeReasonRequired{"merge.reason_required"};  ///< « Indiquez le motif de la fusion. »
inline constexpr QLatin1StringView OrderBadMssante{"order.bad_mssante"};  ///< an MSSanté address that is not an e-mail address
inline constexpr QLatin1StringView OrderBadRpps{"order.bad_rpps"};  ///< an RPPS that is not 11 digits
inline constexpr QLatin1StringView OrderCorrespondentMissing{"order.correspondent_missing"};  ///< a copy without the correspondent's name
inline constexpr QLatin1StringView OrderDossierClosed{"order.dossier_closed"};  ///< a change to a validated, reported or cancelled dossier
inline constexpr QLatin1StringView OrderDuplicateExam{"order.duplicate_exam"};  ///< the same exam ordered twice
inline constexpr QLatin1StringView OrderExamNotOrdered{"order.exam_not_ordered"};  ///< cancelling an exam the dossier does not have
inline constexpr QLatin1StringView OrderNoExam{"order.no_exam"};  ///< a dossier with no exam
inline constexpr QLatin1StringView OrderNoTube{"order.no_tube"};  ///< labels asked for a dossier that has no tube
inline constexpr QLatin1StringView OrderPatientCopyWithoutIns{"order.patient_copy_without_ins"};  ///< the patient's MSSanté copy without a qualified INS
inline constexpr QLatin1StringView OrderPatientNotFound{"order.patient_not_found"};  ///< the dossier's patient does not exist
inline constexpr QLatin1StringView OrderPrescriberMissing{"order.prescriber_missing"};  ///< no prescriber name
inline constexpr QLatin1StringView OrderPrescriptionInFuture{"order.prescription_in_future"};  ///< a prescription dated after today
inline constexpr QLatin1StringView OrderReasonRequired{"order.reason_required"};  ///< a cancellation or reprint without reason
inline constexpr QLatin1StringView OrderRetiredExam{"order.retired_exam"};  ///< an exam no longer prescribable
inline constexpr QLatin1StringView OrderSamplingAfterReception{"order.sampling_after_reception"};  ///< a sampling time later than a tube's reception
inline constexpr QLatin1StringView OrderSamplingInFuture{"order.sampling_in_future"};  ///< a sampling time later than now
inline constexpr QLatin1StringView OrderUnknownExam{"order.unknown_exam"};  ///< an exam code the catalogue does not have
inline constexpr QLatin1StringView OrderUnknownQuestion{"order.unknown_question"};  ///< an answer to a clinical question that is not built in
inline constexpr QLatin1StringView OrderUnknownTube{"order.unknown_tube"};  ///< a chosen tube barcode that is not one of the dossier's
inline constexpr QLatin1StringView OrderWardMissing{"order.ward_missing"};  ///< a ward request without its ward
inline constexpr QLatin1StringView QcLotUnknown{"qc.lot_unknown"};  ///< a QC value for a lot that does not exist, is retired, or fits no active lot of the analyzer and analysis
inline constexpr QLatin1StringView QcNoValue{"qc.no_value"};  ///< a manual QC entry without any value
inline constexpr QLatin1StringView QcNotPending{"qc.not_pending"};  ///< a review of a QC run that is not rejected and waiting for review
inline constexpr QLatin1StringView QcReasonRequired{"qc.reason_required"};  ///< a QC review without its reason
inline constexpr QLatin1StringView ReflexDossierClosed{"reflex.dossier_closed"};  ///< « Le dossier %1 est %2 : aucune analyse ne peut y être ajoutée. »
inline constexpr QLatin1StringView ReflexNoRule{"reflex.no_rule"};  ///< « Aucune règle réflexe choisie. »
inline constexpr QLatin1StringView ReflexNotApplicable{"reflex.not_applicable"};  ///< « Règle(s) réflexe(s) sans objet pour ce dossier (condition non remplie, analyses… »
inline constexpr QLatin1StringView ReportBadSetting{"report.bad_setting"};  ///< ex. « Paramètre de compte rendu inconnu : %1. »
inline constexpr QLatin1StringView ReportNoValidatedResults{"report.no_validated_results"};  ///< « Le dossier %1 n'a aucun résultat validé : pas de compte rendu. »
inline constexpr QLatin1StringView ReportReasonRequired{"report.reason_required"};  ///< « Un compte rendu a déjà été émis pour ce dossier : le motif de la nouvelle version est obligatoire. »
inline constexpr QLatin1StringView ReportUnknownAnalysis{"report.unknown_analysis"};  ///< « Analyse(s) absente(s) du catalogue : %1. Compte rendu du dossier %2 impossible… »
inline constexpr QLatin1StringView ReportUnknownSigner{"report.unknown_signer"};  ///< « Biologiste signataire « %1 » inconnu. »
inline constexpr QLatin1StringView SpecimenAlreadyReceived{"specimen.already_received"};  ///< the same tube scanned twice (says when and by whom)
inline constexpr QLatin1StringView SpecimenBadCheckCharacter{"specimen.bad_check_character"};  ///< the right shape but a wrong MOD 37-2 check character (misread or mistyped)
inline constexpr QLatin1StringView SpecimenCommentRequired{"specimen.comment_required"};  ///< a non-conformity « autre » without its comment
inline constexpr QLatin1StringView SpecimenDossierClosed{"specimen.dossier_closed"};  ///< a tube of a validated, reported or cancelled dossier
inline constexpr QLatin1StringView SpecimenEffectNotOnTube{"specimen.effect_not_on_tube"};  ///< a consequence for an analysis the tube does not carry
inline constexpr QLatin1StringView SpecimenEffectTwice{"specimen.effect_twice"};  ///< two consequences for the same analysis
inline constexpr QLatin1StringView SpecimenMalformedBarcode{"specimen.malformed_barcode"};  ///< a scan that does not have the lab's barcode shape (prefix, digits, check character)
inline constexpr QLatin1StringView SpecimenNoEffect{"specimen.no_effect"};  ///< a non-conformity that names no analysis
inline constexpr QLatin1StringView SpecimenNotFound{"specimen.not_found"};  ///< a non-conformity on a tube that does not exist
inline constexpr QLatin1StringView SpecimenOtherDossier{"specimen.other_dossier"};  ///< a tube of another dossier than the one on screen
inline constexpr QLatin1StringView SpecimenRejected{"specimen.rejected"};  ///< a tube already rejected (a new sample was requested)
inline constexpr QLatin1StringView SpecimenResultValidated{"specimen.result_validated"};  ///< a consequence on a biologically validated result
inline constexpr QLatin1StringView SpecimenSamplingAfterReception{"specimen.sampling_after_reception"};  ///< the tube's sampling time is later than its reception
inline constexpr QLatin1StringView SpecimenUnknownBarcode{"specimen.unknown_barcode"};  ///< a well-formed barcode no tube carries
inline constexpr QLatin1StringView UserBadLogin{"user.bad_login"};  ///< « Identifiant invalide : 3 à 64 caractères parmi a-z, 0-9, « . »,… »
inline constexpr QLatin1StringView UserBadRpps{"user.bad_rpps"};  ///< « Un biologiste doit avoir un numéro RPPS de 11 chiffres. »
inline constexpr QLatin1StringView UserMissingName{"user.missing_name"};  ///< « Nom affiché manquant. »
inline constexpr QLatin1StringView UserNoRole{"user.no_role"};  ///< « Un utilisateur doit avoir au moins un rôle. »
inline constexpr QLatin1StringView UserSelfDemotion{"user.self_demotion"};  ///< « Vous ne pouvez pas retirer votre propre rôle… »
inline constexpr QLatin1StringView UserSelfDisable{"user.self_disable"};  ///< « Vous ne pouvez pas désactiver votre propre compte. »
inline constexpr QLatin1StringView ValidationAlreadyInDossier{"validation.already_in_dossier"};  ///< adding an analysis the dossier already has (not cancelled)
inline constexpr QLatin1StringView ValidationCriticalWithoutCallback{"validation.critical_without_callback"};  ///< a critical value validated before its call-back is recorded
inline constexpr QLatin1StringView ValidationDossierClosed{"validation.dossier_closed"};  ///< an action on a cancelled dossier
inline constexpr QLatin1StringView ValidationExcluded{"validation.excluded"};  ///< batch release of a dossier with exclusion reasons (the reasons follow)
inline constexpr QLatin1StringView ValidationNoDossier{"validation.no_dossier"};  ///< batch release without any dossier
inline constexpr QLatin1StringView ValidationNotInDossier{"validation.not_in_dossier"};  ///< an analysis, result or chapter the dossier does not have
inline constexpr QLatin1StringView ValidationNothingToValidate{"validation.nothing_to_validate"};  ///< no technically validated result in the scope
inline constexpr QLatin1StringView ValidationPreloadStale{"validation.preload_stale"};  ///< a pre-loaded dossier changed before it was shown (the screen reads it again)
inline constexpr QLatin1StringView ValidationQcHold{"validation.qc_hold"};  ///< validating (technically or biologically) a result held by a rejected QC run; the message names the analysis and the run
inline constexpr QLatin1StringView ValidationSignerMismatch{"validation.signer_mismatch"};  ///< re-authentication answered for another account
inline constexpr QLatin1StringView ValidationUnknownAnalysis{"validation.unknown_analysis"};  ///< adding an analysis the catalogue does not have, retired or calculated

} // namespace sgl::workflow::errc
