#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_domain (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::domain::errc {

inline constexpr QLatin1StringView AnalyzerBadFieldRef{"analyzer.bad_field_ref"};  ///< a profile field reference that is not an ASTM/HL7 place of its protocol
inline constexpr QLatin1StringView AnalyzerIncompleteMessage{"analyzer.incomplete_message"};  ///< message cut short (no L record, aborted transfer): its results are held
inline constexpr QLatin1StringView AnalyzerMalformedMessage{"analyzer.malformed_message"};  ///< message read with problems: its results are held
inline constexpr QLatin1StringView AnalyzerNoSpecimenId{"analyzer.no_specimen_id"};  ///< a result without specimen id where the profile reads it
inline constexpr QLatin1StringView AnalyzerProfileInvalid{"analyzer.profile_invalid"};  ///< a profile (JSON or edited) missing or misusing a member
inline constexpr QLatin1StringView AnalyzerUnmappedTest{"analyzer.unmapped_test"};  ///< a test code mapped neither by the profile nor by the catalogue
inline constexpr QLatin1StringView AuditAnchorEmpty{"audit.anchor_empty"};  ///< file without anchor
inline constexpr QLatin1StringView AuditAnchorFile{"audit.anchor_file"};  ///< file unreadable/unwritable
inline constexpr QLatin1StringView AuditAnchorForeign{"audit.anchor_foreign"};  ///< file of another database
inline constexpr QLatin1StringView AuditAnchorKey{"audit.anchor_key"};  ///< key file unusable
inline constexpr QLatin1StringView AuditAnchorMalformed{"audit.anchor_malformed"};  ///< bad line in the file
inline constexpr QLatin1StringView AuthWeakPassword{"auth.weak_password"};
inline constexpr QLatin1StringView AutovalBadRuleId{"autoval.bad_rule_id"};  ///< a rule id outside A-Z 0-9 . _ - or over 40 characters
inline constexpr QLatin1StringView AutovalBadThreshold{"autoval.bad_threshold"};  ///< a threshold, window, age bracket or ratio that cannot be (low > high, no delta threshold…)
inline constexpr QLatin1StringView AutovalCircularRules{"autoval.circular_rules"};  ///< waivers waiving each other (or a waiver waiving a waiver)
inline constexpr QLatin1StringView AutovalContradictoryRules{"autoval.contradictory_rules"};  ///< disjoint limits for one patient, limits beyond the critical ones, a waiver that can never lift its rule
inline constexpr QLatin1StringView AutovalDuplicateRule{"autoval.duplicate_rule"};  ///< two rules with one id
inline constexpr QLatin1StringView AutovalJsonInvalid{"autoval.json_invalid"};  ///< a rule-set JSON not JSON, or a member unknown, missing or of the wrong type
inline constexpr QLatin1StringView AutovalMissingField{"autoval.missing_field"};  ///< a rule without id, label or analyses
inline constexpr QLatin1StringView AutovalNotNumeric{"autoval.not_numeric"};  ///< a numeric condition on a coded or text analysis (or codes on a numeric one)
inline constexpr QLatin1StringView AutovalRetiredAnalysis{"autoval.retired_analysis"};  ///< a rule naming a retired analysis or exam
inline constexpr QLatin1StringView AutovalUnitMismatch{"autoval.unit_mismatch"};  ///< a threshold in a unit the analysis does not use
inline constexpr QLatin1StringView AutovalUnknownAnalysis{"autoval.unknown_analysis"};  ///< a rule naming an analysis the catalogue lacks
inline constexpr QLatin1StringView AutovalUnknownExam{"autoval.unknown_exam"};  ///< a rule naming an exam the catalogue lacks
inline constexpr QLatin1StringView AutovalUnknownRule{"autoval.unknown_rule"};  ///< a waiver naming a rule id absent from the set
inline constexpr QLatin1StringView AutovalUnsupportedFormat{"autoval.unsupported_format"};  ///< a rule-set JSON of another format or version
inline constexpr QLatin1StringView BarcodeBadScheme{"barcode.bad_scheme"};  ///< barcode prefix or number of digits unusable
inline constexpr QLatin1StringView BarcodeExhausted{"barcode.exhausted"};  ///< tube numbers beyond what the scheme's digits hold
inline constexpr QLatin1StringView CallbackCalledRequired{"callback.called_required"};  ///< a call-back record without the person called
inline constexpr QLatin1StringView CallbackEscalationRequired{"callback.escalation_required"};  ///< nobody reached and no escalation written
inline constexpr QLatin1StringView CallbackFutureTime{"callback.future_time"};  ///< a call time later than now
inline constexpr QLatin1StringView CallbackReadBackRequired{"callback.read_back_required"};  ///< reached but the read-back not confirmed
inline constexpr QLatin1StringView CatalogueContainerCalculated{"catalogue.container_calculated"};  ///< a calculated analysis naming a tube (it is computed, never drawn)
inline constexpr QLatin1StringView CatalogueDecimals{"catalogue.decimals"};  ///< decimals outside 0 to 6
inline constexpr QLatin1StringView CatalogueDeltaRule{"catalogue.delta_rule"};  ///< a delta-check rule without threshold, with a threshold or window not positive
inline constexpr QLatin1StringView CatalogueDuplicateCode{"catalogue.duplicate_code"};  ///< a code used twice (analysis, exam, chapter, rule, CSV line)
inline constexpr QLatin1StringView CatalogueFormulaCycle{"catalogue.formula_cycle"};  ///< calculated analyses depending on each other
inline constexpr QLatin1StringView CatalogueMissingField{"catalogue.missing_field"};  ///< a mandatory field left empty
inline constexpr QLatin1StringView CatalogueRangeOrder{"catalogue.range_order"};  ///< reference limits not in increasing order
inline constexpr QLatin1StringView CatalogueRangeOverlap{"catalogue.range_overlap"};  ///< two reference ranges overlap for one sex and age
inline constexpr QLatin1StringView CatalogueRangeSex{"catalogue.range_sex"};  ///< a range sex other than F, M or empty
inline constexpr QLatin1StringView CatalogueReflexCondition{"catalogue.reflex_condition"};  ///< a reflex condition that does not fit its trigger
inline constexpr QLatin1StringView CatalogueReflexSelf{"catalogue.reflex_self"};  ///< a reflex rule adding its own trigger
inline constexpr QLatin1StringView CatalogueRetiredReference{"catalogue.retired_reference"};  ///< an active item using a retired analysis
inline constexpr QLatin1StringView CatalogueSecondUnit{"catalogue.second_unit"};  ///< second unit without unit or positive factor
inline constexpr QLatin1StringView CatalogueUnknownContainer{"catalogue.unknown_container"};  ///< an analysis names a tube type that is not built in
inline constexpr QLatin1StringView CatalogueUnknownQuestion{"catalogue.unknown_question"};  ///< an analysis names a clinical question that is not built in
inline constexpr QLatin1StringView CatalogueUnknownReference{"catalogue.unknown_reference"};  ///< a reference to an item the catalogue lacks
inline constexpr QLatin1StringView CatalogueValueList{"catalogue.value_list"};  ///< a coded result without a valid value list
inline constexpr QLatin1StringView ClinicalAnswerRequired{"clinical.answer_required"};  ///< a required clinical question has no answer
inline constexpr QLatin1StringView ClinicalBadDateTime{"clinical.bad_date_time"};  ///< answer not a dd/MM/yyyy hh:mm date-time
inline constexpr QLatin1StringView ClinicalBadNumber{"clinical.bad_number"};  ///< answer not a number (two separators, letters)
inline constexpr QLatin1StringView ClinicalBadYesNo{"clinical.bad_yes_no"};  ///< answer neither oui nor non
inline constexpr QLatin1StringView ClinicalFutureDateTime{"clinical.future_date_time"};  ///< a last dose or similar dated in the future
inline constexpr QLatin1StringView ClinicalOutOfRange{"clinical.out_of_range"};  ///< a weight, height or term outside what is plausible
inline constexpr QLatin1StringView ClinicalTextTooLong{"clinical.text_too_long"};  ///< free-text answer over 500 characters
inline constexpr QLatin1StringView CommentBadCode{"comment.bad_code"};  ///< a comment template code (or its chapter code) outside A-Z 0-9 _ or over 16 characters
inline constexpr QLatin1StringView CommentTextRequired{"comment.text_required"};  ///< a comment or template without text
inline constexpr QLatin1StringView CommentTextTooLong{"comment.text_too_long"};  ///< a comment or template text over 500 characters
inline constexpr QLatin1StringView FormulaArity{"formula.arity"};  ///< « Formule « %1 » : mauvais nombre d'arguments pour %2. »
inline constexpr QLatin1StringView FormulaDivisionByZero{"formula.division_by_zero"};  ///< « Résultat non calculable : division par zéro. »
inline constexpr QLatin1StringView FormulaMissingValue{"formula.missing_value"};  ///< « Résultat non calculable : valeur de « %1 » manquante. »
inline constexpr QLatin1StringView FormulaNotCalculated{"formula.not_calculated"};  ///< « L'analyse %1 n'est pas calculée. »
inline constexpr QLatin1StringView FormulaOutOfDomain{"formula.out_of_domain"};  ///< « Résultat non calculable : %1. »
inline constexpr QLatin1StringView FormulaSyntax{"formula.syntax"};  ///< ex. « Formule « %1 » invalide : %2 (position %3). »
inline constexpr QLatin1StringView FormulaUnknownFunction{"formula.unknown_function"};  ///< « Formule « %1 » : fonction inconnue « %2 » (autorisées : min, max,… »
inline constexpr QLatin1StringView IdentityBirthDate{"identity.birth_date"};  ///< ex. « Date de naissance invraisemblable : %1. »
inline constexpr QLatin1StringView IdentityBirthNameRequired{"identity.birth_name_required"};  ///< « Ce champ est obligatoire. » (birthName)
inline constexpr QLatin1StringView IdentityBirthPlace{"identity.birth_place"};  ///< « Code COG du lieu de naissance invalide « %1 » (5 caractères : commune INSEE, 2A/2B pour la… »
inline constexpr QLatin1StringView IdentityFirstNameRequired{"identity.first_name_required"};  ///< « Ce champ est obligatoire. » (firstBirthName)
inline constexpr QLatin1StringView IdentityFirstNamesMismatch{"identity.first_names_mismatch"};  ///< « La liste des prénoms de naissance doit commencer par le premier prénom (%1). »
inline constexpr QLatin1StringView IdentityInvalidCharacters{"identity.invalid_characters"};  ///< « Caractères non autorisés dans « %1 » (lettres, espace, tiret et apostrophe uniquement). »
inline constexpr QLatin1StringView InsHintBirthMonth{"ins.hint_birth_month"};  ///< « Le mois de naissance du NIR (%1) ne correspond pas à la date de naissance. »
inline constexpr QLatin1StringView InsHintBirthPlace{"ins.hint_birth_place"};  ///< « Le lieu de naissance du NIR (%1) ne correspond pas au code COG saisi (%2). »
inline constexpr QLatin1StringView InsHintBirthYear{"ins.hint_birth_year"};  ///< « L'année de naissance du NIR (%1) ne correspond pas à la date de naissance. »
inline constexpr QLatin1StringView InsHintSex{"ins.hint_sex"};  ///< « Le premier chiffre du NIR (%1) ne correspond pas au sexe saisi. »
inline constexpr QLatin1StringView InsKeyFormat{"ins.key_format"};  ///< « La clé du matricule INS doit comporter 2 chiffres : « %1 » »
inline constexpr QLatin1StringView InsMatriculeFormat{"ins.matricule_format"};  ///< « Le matricule INS doit comporter 13 caractères (chiffres, 2A ou 2B pour la Corse) : « %1 » »
inline constexpr QLatin1StringView InsNirKeyMismatch{"ins.nir_key_mismatch"};  ///< ex. « La clé %1 ne correspond pas au matricule %2 (clé attendue : %3). »
inline constexpr QLatin1StringView InsProductionOid{"ins.production_oid"};  ///< « OID d'INS de production « %1 » refusé en environnement de test (attendu %2 ou %3). »
inline constexpr QLatin1StringView InsUnknownOid{"ins.unknown_oid"};  ///< « L'OID « %1 » n'est pas un OID d'INS (NIR ou NIA). »
inline constexpr QLatin1StringView LabelBarcodeHeightInvalid{"label.barcode_height_invalid"};  ///< « Hauteur de code-barres %1 mm invalide : elle doit être positive. »
inline constexpr QLatin1StringView LabelBarcodeNotEncodable{"label.barcode_not_encodable"};  ///< empty barcode, or a character outside printable ASCII (Code 128)
inline constexpr QLatin1StringView LabelBarcodeTooTall{"label.barcode_too_tall"};  ///< the DataMatrix does not fit the barcode height at this module width
inline constexpr QLatin1StringView LabelBarcodeTooWide{"label.barcode_too_wide"};  ///< the symbol and its quiet zones are wider than the label at this module width
inline constexpr QLatin1StringView LabelDpiUnsupported{"label.dpi_unsupported"};  ///< printer resolution other than 203, 300 or 600 dpi
inline constexpr QLatin1StringView LabelHeightTooSmall{"label.height_too_small"};  ///< the chosen fields and the barcode need more height than the label has
inline constexpr QLatin1StringView LabelLineHeightInvalid{"label.line_height_invalid"};  ///< text line height not positive
inline constexpr QLatin1StringView LabelMarginsInvalid{"label.margins_invalid"};  ///< negative margins, or margins leaving no printable area
inline constexpr QLatin1StringView LabelModuleWidthInvalid{"label.module_width_invalid"};  ///< module narrower than one printer dot or wider than 10 (ZPL ^BY)
inline constexpr QLatin1StringView LabelSizeInvalid{"label.size_invalid"};  ///< label width or height not positive
inline constexpr QLatin1StringView LoincCheckDigit{"loinc.check_digit"};  ///< « Code LOINC « %1 » : chiffre de contrôle faux (attendu %2). »
inline constexpr QLatin1StringView LoincEmpty{"loinc.empty"};  ///< « Code LOINC vide. »
inline constexpr QLatin1StringView LoincMissing{"loinc.missing"};  ///< no LOINC code yet (warning)
inline constexpr QLatin1StringView LoincSyntax{"loinc.syntax"};  ///< « Code LOINC « %1 » mal formé (attendu : 1 à 7 chiffres, un… »
inline constexpr QLatin1StringView LoincUnverified{"loinc.unverified"};  ///< valid LOINC outside the shipped subset (warning)
inline constexpr QLatin1StringView MergeAlreadyMerged{"merge.already_merged"};  ///< « L'un des deux dossiers patient a déjà été fusionné. »
inline constexpr QLatin1StringView MergeConflictingIns{"merge.conflicting_ins"};  ///< « Les deux patients ont des INS différents (%1 et %2) : ce ne sont pas la même personne. »
inline constexpr QLatin1StringView MergeSamePatient{"merge.same_patient"};  ///< « Impossible de fusionner un patient avec lui-même. »
inline constexpr QLatin1StringView ReportBadCodedValue{"report.bad_coded_value"};  ///< a coded result without code or code system
inline constexpr QLatin1StringView ReportBadDocumentId{"report.bad_document_id"};  ///< the version's document id is not an OID
inline constexpr QLatin1StringView ReportBadDocumentRoot{"report.bad_document_root"};  ///< the lab's document OID root is missing or invalid
inline constexpr QLatin1StringView ReportBadFiness{"report.bad_finess"};  ///< a FINESS that is not 9 characters
inline constexpr QLatin1StringView ReportBadInsIdentifier{"report.bad_ins_identifier"};  ///< a qualified INS with an unknown OID or an incomplete matricule
inline constexpr QLatin1StringView ReportBadIppRoot{"report.bad_ipp_root"};  ///< the IPP assigning authority OID is missing or invalid
inline constexpr QLatin1StringView ReportBadOrderRoot{"report.bad_order_root"};  ///< the OID of the lab's order numbers is missing or invalid
inline constexpr QLatin1StringView ReportBadRpps{"report.bad_rpps"};  ///< an RPPS that is not 11 digits
inline constexpr QLatin1StringView ReportBadSetId{"report.bad_set_id"};  ///< the set id (same for every version) is not an OID
inline constexpr QLatin1StringView ReportBadUnit{"report.bad_unit"};  ///< a unit that is not UCUM
inline constexpr QLatin1StringView ReportBadValue{"report.bad_value"};  ///< a numeric value that is not a decimal number
inline constexpr QLatin1StringView ReportBadVersionNumber{"report.bad_version_number"};  ///< a version number below 1
inline constexpr QLatin1StringView ReportEmptyChapter{"report.empty_chapter"};  ///< a chapter without exam
inline constexpr QLatin1StringView ReportInvalidAttachment{"report.invalid_attachment"};  ///< an attached document without content or media type
inline constexpr QLatin1StringView ReportMissingEffectiveTime{"report.missing_effective_time"};  ///< no creation time
inline constexpr QLatin1StringView ReportMissingFiness{"report.missing_finess"};  ///< an organisation without FINESS (nor SIRET)
inline constexpr QLatin1StringView ReportMissingInsTrait{"report.missing_ins_trait"};  ///< a qualified identity lacking a trait the INS requires (birth name, first names, birth date, sex, COG)
inline constexpr QLatin1StringView ReportMissingLoinc{"report.missing_loinc"};  ///< an analysis, chapter or second unit without LOINC code
inline constexpr QLatin1StringView ReportMissingOrderId{"report.missing_order_id"};  ///< no prescription (order) number
inline constexpr QLatin1StringView ReportMissingOrganisationName{"report.missing_organisation_name"};  ///< an organisation without name
inline constexpr QLatin1StringView ReportMissingPatientId{"report.missing_patient_id"};  ///< a patient with neither IPP nor qualified INS
inline constexpr QLatin1StringView ReportMissingPatientName{"report.missing_patient_name"};  ///< a patient without birth name
inline constexpr QLatin1StringView ReportMissingPdfCopy{"report.missing_pdf_copy"};  ///< no PDF copy (rendered by the report build before the CDA is written)
inline constexpr QLatin1StringView ReportMissingProfessionalName{"report.missing_professional_name"};  ///< a professional without family name
inline constexpr QLatin1StringView ReportMissingReplacedId{"report.missing_replaced_id"};  ///< an amended version without the id of the version it replaces
inline constexpr QLatin1StringView ReportMissingRpps{"report.missing_rpps"};  ///< a signing biologist without RPPS
inline constexpr QLatin1StringView ReportMissingValue{"report.missing_value"};  ///< a validated result without value
inline constexpr QLatin1StringView ReportNoChapter{"report.no_chapter"};  ///< a report without any chapter of results
inline constexpr QLatin1StringView ResultEmptyEntry{"result.empty_entry"};  ///< nothing typed for a result
inline constexpr QLatin1StringView ResultImplausible{"result.implausible"};  ///< value outside the valid (physiological) limits
inline constexpr QLatin1StringView ResultNotANumber{"result.not_a_number"};  ///< numeric result that is not a (censored) number
inline constexpr QLatin1StringView ResultNotInList{"result.not_in_list"};  ///< coded result outside the analysis' value list
inline constexpr QLatin1StringView ResultTextTooLong{"result.text_too_long"};  ///< text result over 2000 characters
inline constexpr QLatin1StringView RnivDoubtful{"rniv.doubtful"};  ///< « Une identité douteuse ne peut pas être validée : levez d'abord le doute. »
inline constexpr QLatin1StringView RnivFictitious{"rniv.fictitious"};  ///< ex. « Une identité fictive ne peut pas être rapprochée d'un INS. »
inline constexpr QLatin1StringView SharingPatientMssNeedsQualifiedIns{"sharing.patient_mss_needs_qualified_ins"};  ///< the patient MSSanté copy chosen for a patient whose INS is not qualified
inline constexpr QLatin1StringView SharingPatientMssWhileHidden{"sharing.patient_mss_while_hidden"};  ///< the patient MSSanté copy of a document hidden from the patient until the announcement
inline constexpr QLatin1StringView SharingWithholdReasonRequired{"sharing.withhold_reason_required"};  ///< DMP sending withheld without a reason
inline constexpr QLatin1StringView UcumEmpty{"ucum.empty"};  ///< « Unité UCUM vide. »
inline constexpr QLatin1StringView UcumSyntax{"ucum.syntax"};  ///< « Unité UCUM « %1 » invalide : %2. »
inline constexpr QLatin1StringView UcumUnknown{"ucum.unknown"};  ///< « Unité « %1 » absente de la liste UCUM du kit ANS : le CR-BIO… »
inline constexpr QLatin1StringView ValidationEmptyValue{"validation.empty_value"};  ///< « Le résultat %1 n'a pas de valeur. »
inline constexpr QLatin1StringView ValidationReasonRequired{"validation.reason_required"};  ///< « Un motif est obligatoire pour l'action « %1 ». »
inline constexpr QLatin1StringView ValidationRoleForbidden{"validation.role_forbidden"};  ///< « Action « %1 » réservée au rôle : %2. »
inline constexpr QLatin1StringView ValidationTransitionForbidden{"validation.transition_forbidden"};  ///< « Action « %1 » impossible sur un résultat à l'état « %2 ». »

} // namespace sgl::domain::errc
