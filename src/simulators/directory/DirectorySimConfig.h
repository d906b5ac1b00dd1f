#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::simulators::directory {

/** One activity (PractitionerRole) of a simulated practitioner. */
struct SimPractitionerRole {
    QString organisation;   ///< structure name (organization.display)
    QString mailbox;        ///< MSSanté address of the activity, may be empty
};

/** One professional served by the simulator (Practitioner). */
struct SimPractitioner {
    QString rpps;
    QString family;
    QString given;
    QString prefix;          ///< « DR » or empty
    QString professionCode;  ///< G15 code (10 médecin, 21 pharmacien…)
    QString profession;
    bool active = true;
    QStringList mailboxes;   ///< personal MSSanté boxes (Practitioner.telecom)
    QList<SimPractitionerRole> roles;
};

/** Start-up settings of sgl-directory-sim (command line, tests, demo). */
struct DirectorySimConfig {
    QString certificatePath; ///< server certificate (PEM), e.g. the RSA test PKI's server.pem
    QString keyPath;         ///< its private key
    quint16 port = 0;        ///< 0 = ephemeral
    QString apiKey = QStringLiteral("cle-api-annuaire-de-test"); ///< the only ESANTE-API-KEY accepted
    int requestsPerSecond = 17; ///< beyond, 429 with Retry-After (as the gateway)
    int maxPageSize = 50;       ///< _count above is lowered to it; also the default page size
    QList<SimPractitioner> practitioners;
};

} // namespace sgl::simulators::directory
