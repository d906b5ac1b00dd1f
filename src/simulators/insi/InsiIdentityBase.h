#pragma once

#include "domain/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::simulators::insi {

/** One INS of the simulated referential. */
struct SimIns {
    QString matricule;
    QString key;
    QString oid;
    QString dateDeb; ///< optional, YYYY-MM-DD
    QString dateFin;
};

/** One person of the simulated referential. */
struct SimIdentity {
    QString birthName;      ///< INSi form (upper case, no diacritics)
    QStringList firstNames; ///< birth first names, in order
    QString sex;            ///< "M" / "F"
    QString birthDate;      ///< YYYY-MM-DD, may hold "00"
    QString birthPlace;     ///< COG
    SimIns ins;
    QList<SimIns> history;
};

/**
 * The synthetic identity base answered by the simulator (resources/simulators/insi/identities.json).
 *
 * Matching (traits search), as INSi documents it: same birth name (after NameNormaliser::forInsi),
 * same sex, same birth date text, the queried first name equal to one of the birth first names
 * or to the whole list, and the same COG when one is given. Vitale search: same birth name and
 * date, and the beneficiary matricule equal to the INS matricule (or, without beneficiary, the
 * insured person's).
 *
 * load() errors: "sim.base_read", "sim.base_format" (location = JSON path of the bad entry).
 */
class InsiIdentityBase
{
public:
    [[nodiscard]] static domain::Result<InsiIdentityBase> load(const QString &jsonPath);
    [[nodiscard]] static domain::Result<InsiIdentityBase> fromJson(const QByteArray &json, const QString &source);

    [[nodiscard]] QList<SimIdentity> matchTraits(const QString &birthName, const QString &firstName,
                                                 const QString &sex, const QString &birthDate,
                                                 const QString &birthPlace) const;
    [[nodiscard]] QList<SimIdentity> matchVitale(const QString &matricule, const QString &birthName,
                                                 const QString &birthDate) const;
    [[nodiscard]] bool idamAllowed(const QString &idam) const { return m_idamAllowList.contains(idam); }
    [[nodiscard]] const QList<SimIdentity> &identities() const { return m_identities; }

private:
    QList<SimIdentity> m_identities;
    QStringList m_idamAllowList;
};

} // namespace sgl::simulators::insi
