#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::identity {

/** What a COG code designates. */
enum class CogPlaceKind {
    Commune,        ///< commune (or overseas collectivity commune)
    Arrondissement, ///< municipal arrondissement of Paris, Lyon, Marseille
    Country,        ///< current foreign country, 99xxx
    Territory,      ///< territory attached to a foreign country, 99xxx
    FormerCountry,  ///< country code closed by INSEE, 99xxx (people born there keep it)
};

/** One row of the reference subset (resources/cog/cog.csv). */
struct CogPlace {
    QString code;        ///< 5 characters, upper case ("2A004", "99109")
    CogPlaceKind kind = CogPlaceKind::Commune;
    QString name;        ///< "Ajaccio", "Allemagne"
    QString attachment;  ///< department name (commune, arrondissement), sovereign country (territory)
    int endYear = 0;     ///< FormerCountry: year the code was closed; 0 otherwise
    QString otherNames;  ///< official long name(s), searched too; may be empty

    [[nodiscard]] bool isAbroad() const { return code.startsWith(QLatin1String("99")); }
};

/** Result of checking a code typed by the user (syntax already valid). */
struct CogCheck {
    QString code;                  ///< normalised (trimmed, upper case)
    std::optional<CogPlace> place; ///< empty: valid syntax but not in the subset ("non vérifié")
    QString warning;               ///< French, non-blocking (99100, whole Paris/Lyon/Marseille); may be empty

    [[nodiscard]] bool verified() const { return place.has_value(); }
};

/**
 * The INSEE Code officiel géographique subset shipped with SGL (communes, arrondissements,
 * countries 99xxx) and the birth-place code rules.
 *
 * Contract:
 * - The subset is loaded once from the embedded resource `:/cog/cog.csv` by instance(); a load
 *   failure leaves an empty directory and loadError() set — every valid code is then "non vérifié",
 *   nothing is refused because of the reference data.
 * - A code is refused only when malformed (validateSyntax): 5 characters, 2 digits or 2A/2B then
 *   3 digits; country codes are 99 + 3 digits. A valid code outside the subset is accepted and
 *   reported unverified (CogCheck::place empty) — the subset is not the whole COG.
 * - search() is accent-, case- and punctuation-insensitive (domain::NameNormaliser::forComparison)
 *   and matches the start of the name or of any of its words, and code prefixes.
 *
 * Error codes: "cog.empty", "cog.length", "cog.syntax" (validateSyntax/check), "cog.data"
 * (load: malformed reference file, with the line number in location).
 */
class CogDirectory
{
public:
    /** The embedded subset, loaded at first use (thread-safe). */
    [[nodiscard]] static const CogDirectory &instance();

    /** Parses a reference file (header + rows `code;type;nom;rattachement;fin;autres_noms`). */
    [[nodiscard]] static domain::Result<CogDirectory> parse(const QByteArray &csv, const QString &sourceName);

    /** Trimmed, upper case ("2a004 " -> "2A004"). */
    [[nodiscard]] static QString normalise(const QString &code);
    /** Syntax of a (normalised) birth-place code; French message naming the expected form. */
    [[nodiscard]] static domain::Status validateSyntax(const QString &code);

    /** validateSyntax() then lookup; the warning flags 99100 and whole-city PLM codes. */
    [[nodiscard]] domain::Result<CogCheck> check(const QString &input) const;
    [[nodiscard]] std::optional<CogPlace> find(const QString &code) const;
    /**
     * Text starting with a digit: places whose code starts with it, by code. Otherwise places whose
     * name, one of its words or an other name starts with it: exact name first, then name prefix,
     * then word prefix; French places before foreign ones; then by name.
     */
    [[nodiscard]] QList<CogPlace> search(const QString &text, int limit = 50) const;

    /** "69123 — Lyon (Rhône)", "99109 — Allemagne (pays)": what the picker shows. */
    [[nodiscard]] static QString label(const CogPlace &place);
    /** "Lyon (Rhône)", "Allemagne (pays)": the place without its code. */
    [[nodiscard]] static QString describe(const CogPlace &place);

    [[nodiscard]] qsizetype size() const { return m_places.size(); }
    [[nodiscard]] const QList<CogPlace> &places() const { return m_places; }
    /** Why the embedded resource could not be loaded; empty when it was. */
    [[nodiscard]] const QString &loadError() const { return m_loadError; }

private:
    QList<CogPlace> m_places;
    QHash<QString, qsizetype> m_byCode;
    QList<QStringList> m_searchKeys; ///< per place: normalised name then each word start
    QString m_loadError;
};

} // namespace sgl::workflow::identity
