#pragma once

#include <QDate>
#include <QString>

namespace sgl::domain {

/**
 * Identifiant national de santé: a matricule (NIR or NIA, 13 characters) with its 2-digit key,
 * and the OID of its assigning authority (1.2.250.1.213.1.4.8 NIR, .9 NIA; .10/.11 are the
 * test OIDs used in the demo and tests). Key checks live in NirKey.
 */
struct Ins {
    QString matricule; ///< 13 characters, Corsica "2A"/"2B" kept as letters
    QString key;       ///< 2 digits
    QString oid;
    QDate validFrom;
    QDate validTo;     ///< invalid when still active

    [[nodiscard]] bool isEmpty() const { return matricule.isEmpty(); }
    /** matricule + key, the 15-character form printed and sent (CDA id extension). */
    [[nodiscard]] QString full() const { return matricule + key; }
    friend bool operator==(const Ins &, const Ins &) = default;
};

} // namespace sgl::domain
