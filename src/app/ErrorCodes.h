#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_app (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::app::errc {

inline constexpr QLatin1StringView AnalyzerFactor{"analyzer.factor"};  ///< « Facteur « %1 » de la ligne %2 : nombre positif attendu… »
inline constexpr QLatin1StringView BadArgument{"app.bad_argument"};  ///< ex. « Argument inattendu : %1… »
inline constexpr QLatin1StringView CatalogueRangeNumber{"catalogue.range_number"};  ///< « Valeur « %1 » invalide : nombre attendu. »
inline constexpr QLatin1StringView SettingsAnalyzerTrafficDir{"settings.analyzer_traffic_dir"};  ///< « Journal du trafic automates : indiquez un chemin absolu… »
inline constexpr QLatin1StringView SettingsCps{"settings.cps"};  ///< ex. « Carte CPS — service INSi (mode CPx) : une URL https:// est attendue. »
inline constexpr QLatin1StringView SettingsDatabaseUrl{"settings.database_url"};  ///< ex. « L'adresse de la base doit commencer par sqlite:// ou postgresql://. »
inline constexpr QLatin1StringView SettingsFiness{"settings.finess"};  ///< « Le numéro FINESS doit comporter 9 caractères (chiffres, 2A ou 2B… »
inline constexpr QLatin1StringView SettingsIdleLock{"settings.idle_lock"};  ///< « Le délai de verrouillage doit être compris entre %1 et %2 minutes. »
inline constexpr QLatin1StringView SettingsInsiUrl{"settings.insi_url"};  ///< « L'adresse du service INSi doit être une URL http:// ou… »
inline constexpr QLatin1StringView SettingsLabName{"settings.lab_name"};  ///< « Le nom du laboratoire est obligatoire (en-tête des comptes… »
inline constexpr QLatin1StringView SettingsLabelPrinter{"settings.label_printer"};  ///< « Imprimante d'étiquettes « %1 » : tcp://HÔTE[:PORT]… ou cups:FILE attendu. »
inline constexpr QLatin1StringView SettingsLanguage{"settings.language"};  ///< « Langue inconnue : « %1 ». »
inline constexpr QLatin1StringView SettingsPhone{"settings.phone"};  ///< « Le téléphone du laboratoire doit comporter au moins 10 chiffres. »
inline constexpr QLatin1StringView SettingsPostalCode{"settings.postal_code"};  ///< « Le code postal doit comporter 5 chiffres. »
inline constexpr QLatin1StringView SettingsPsc{"settings.psc"};  ///< ex. « Pro Santé Connect — passerelle du laboratoire : une URL https:// est attendue. »

} // namespace sgl::app::errc
