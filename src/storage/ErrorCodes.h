#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_storage (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::storage::errc {

inline constexpr QLatin1StringView Auth{"storage.auth_failed"};  ///< PostgreSQL password refused
inline constexpr QLatin1StringView BadUrl{"storage.bad_url"};  ///< URL unparsable
inline constexpr QLatin1StringView Busy{"storage.busy"};  ///< retryable: lock/serialization
inline constexpr QLatin1StringView Config{"storage.config"};  ///< config file unreadable
inline constexpr QLatin1StringView Conflict{"storage.conflict"};  ///< optimistic lock: stale version
inline constexpr QLatin1StringView Constraint{"storage.constraint"};  ///< FK / check constraint
inline constexpr QLatin1StringView Corrupt{"storage.corrupt"};  ///< not a database / damaged
inline constexpr QLatin1StringView DocumentCorrupt{"storage.document_corrupt"};  ///< ex. « Document « %1 » altéré : son empreinte SHA-256 ne correspond plus. »
inline constexpr QLatin1StringView DossierMissingNumber{"dossier.missing_number"};  ///< « Numéro de dossier manquant. »
inline constexpr QLatin1StringView DossierMissingPatient{"dossier.missing_patient"};  ///< « Dossier sans patient. »
inline constexpr QLatin1StringView DossierTransitionForbidden{"dossier.transition_forbidden"};  ///< « Le dossier %1 ne peut pas passer de « %2 » à « %3 ». »
inline constexpr QLatin1StringView Duplicate{"storage.duplicate"};  ///< unique constraint
inline constexpr QLatin1StringView Migration{"storage.migration_failed"};
inline constexpr QLatin1StringView Nested{"storage.nested_transaction"};
inline constexpr QLatin1StringView NotFound{"storage.not_found"};
inline constexpr QLatin1StringView NotMigrated{"storage.not_migrated"};  ///< schema missing/old
inline constexpr QLatin1StringView Open{"storage.open_failed"};  ///< cannot open/connect
inline constexpr QLatin1StringView OutboxBadState{"outbox.bad_state"};  ///< « Seuls les états « acquitté » et « à reprendre » suivent un envoi. »
inline constexpr QLatin1StringView OutboxIncomplete{"outbox.incomplete"};  ///< « Envoi sans destinataire ou sans document de référence. »
inline constexpr QLatin1StringView PatientAlreadyStored{"patient.already_stored"};  ///< « Ce patient est déjà enregistré. »
inline constexpr QLatin1StringView PatientEvidenceIncomplete{"patient.evidence_incomplete"};  ///< « Pièce d'identité sans vérificateur ou date de vérification. »
inline constexpr QLatin1StringView PatientMissingBirthName{"patient.missing_birth_name"};  ///< « Nom de naissance manquant. »
inline constexpr QLatin1StringView PatientMissingIpp{"patient.missing_ipp"};  ///< « Identifiant patient (IPP) manquant. »
inline constexpr QLatin1StringView PatientSearchEmpty{"patient.search_empty"};  ///< « Indiquez au moins un critère de recherche (nom, date de naissance, IPP ou INS). »
inline constexpr QLatin1StringView Query{"storage.query_failed"};
inline constexpr QLatin1StringView ResultBadNumber{"result.bad_number"};  ///< « Valeur numérique invalide « %1 ». »
inline constexpr QLatin1StringView ResultMissingAnalysis{"result.missing_analysis"};  ///< « Résultat sans code d'analyse. »
inline constexpr QLatin1StringView ResultMissingDossier{"result.missing_dossier"};  ///< « Résultat sans dossier ou sans patient. »
inline constexpr QLatin1StringView SpecimenMissingBarcode{"specimen.missing_barcode"};  ///< « Code-barres du prélèvement manquant. »
inline constexpr QLatin1StringView SpecimenMissingRejectionReason{"specimen.missing_rejection_reason"};  ///< « Un prélèvement refusé doit avoir un motif de refus. »
inline constexpr QLatin1StringView TooNew{"storage.schema_too_new"};  ///< DB newer than binary
inline constexpr QLatin1StringView Unreachable{"storage.unreachable"};  ///< server not reachable
inline constexpr QLatin1StringView WrongThread{"storage.wrong_thread"};  ///< used off its thread

} // namespace sgl::storage::errc
