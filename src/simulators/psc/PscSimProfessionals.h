#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sgl::simulators::psc {

/** A synthetic professional known to the simulator (no real person: names and numbers are made up). */
struct PscSimProfessional {
    QString rpps;          ///< 11 digits
    QString subject;       ///< "sub" of the PSC account
    QString givenName;
    QString familyName;
    bool active = true;    ///< an inactive e-CPS cannot authenticate (access_denied)
    QJsonObject userInfo;  ///< the UserInfo answer, with the shape of the real service

    [[nodiscard]] QString subjectNameId() const { return QStringLiteral("8") + rpps; }
};

/**
 * The seeded professionals:
 * - 10101010105 Dr Béatrice BIOLOGISTE (the demo biologist, account "biologiste"), two activities;
 * - 10101010204 Dr Paul PHARMABIO, pharmacist biologist, three activities;
 * - 10101010303 Dr Inès INACTIVE, whose account is inactive (refused).
 */
class PscSimProfessionals
{
public:
    [[nodiscard]] static QList<PscSimProfessional> seeded();
    static constexpr const char *DefaultRpps = "10101010105";
};

} // namespace sgl::simulators::psc
