#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_catalogue (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::catalogue::errc {

inline constexpr QLatin1StringView AnalyzerCodes{"catalogue.analyzer_codes"};  ///< « Codes automates : « %1 » au lieu de automate=code. »
inline constexpr QLatin1StringView CanonicalBase{"catalogue.canonical_base"};  ///< « Base canonique « %1 » invalide : une URL absolue http(s) sans « ? » ni « # » est… »
inline constexpr QLatin1StringView ConceptmapIgnoredTarget{"catalogue.conceptmap_ignored_target"};  ///< warning: a ConceptMap target whose equivalence does not give a LOINC code to use (ignored)
inline constexpr QLatin1StringView ConceptmapSystem{"catalogue.conceptmap_system"};  ///< a ConceptMap group whose source or target system is not the one expected (local code system, LOINC)
inline constexpr QLatin1StringView CsvColumns{"catalogue.csv_columns"};  ///< « %1 champs au lieu de %2 (nombre de colonnes de l'en-tête). »
inline constexpr QLatin1StringView CsvEmpty{"catalogue.csv_empty"};  ///< « Fichier vide. »
inline constexpr QLatin1StringView CsvEncoding{"catalogue.csv_encoding"};  ///< ex. « Fichier en UTF-16 : enregistrez-le en UTF-8 (« CSV UTF-8 » dans le tableur). »
inline constexpr QLatin1StringView CsvMissingColumn{"catalogue.csv_missing_column"};  ///< ex. « Colonne obligatoire « %1 » absente. »
inline constexpr QLatin1StringView CsvNumber{"catalogue.csv_number"};  ///< ex. « Colonne %1 : « %2 » n'est pas un nombre. »
inline constexpr QLatin1StringView CsvSeparator{"catalogue.csv_separator"};  ///< « Séparateur attendu : point-virgule « ; » (le fichier semble séparé par… »
inline constexpr QLatin1StringView CsvSyntax{"catalogue.csv_syntax"};  ///< ex. « Guillemet inattendu au milieu d'un champ (doubler les guillemets… »
inline constexpr QLatin1StringView CsvUnknownColumn{"catalogue.csv_unknown_column"};  ///< « Colonne « %1 » inconnue, ignorée. »
inline constexpr QLatin1StringView DuplicateCode{"catalogue.duplicate_code"};  ///< the same local code mapped twice in one ConceptMap
inline constexpr QLatin1StringView FhirInvalid{"catalogue.fhir_invalid"};  ///< a FHIR element missing, malformed or referencing an absent resource (JSON path given)
inline constexpr QLatin1StringView FhirJson{"catalogue.fhir_json"};  ///< « JSON invalide : %1. »
inline constexpr QLatin1StringView FhirUnexpectedResource{"catalogue.fhir_unexpected_resource"};  ///< a resource type the Bundle or ConceptMap reader does not take
inline constexpr QLatin1StringView Inconsistent{"catalogue.inconsistent"};  ///< ex. « Chapitre « %1 » décrit différemment de la ligne %2. »
inline constexpr QLatin1StringView RangeAge{"catalogue.range_age"};  ///< ex. « Âge minimal « %1 » invalide (ex. 30d, 6m, 18y). »
inline constexpr QLatin1StringView ResourceMissing{"catalogue.resource_missing"};  ///< « Donnée de référence « %1 » absente du programme. »
inline constexpr QLatin1StringView ResultType{"catalogue.result_type"};  ///< « Type de résultat « %1 » invalide (numeric, coded ou text). »
inline constexpr QLatin1StringView UnknownLocalCode{"catalogue.unknown_local_code"};  ///< « Code local « %1 » inconnu du catalogue : un retour de transcodage ne… »

} // namespace sgl::interop::catalogue::errc
