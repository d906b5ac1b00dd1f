#pragma once

#include "domain/identity/IdentityEvidence.h"
#include "domain/identity/IdentityStatus.h"
#include "domain/identity/IdentityTraits.h"
#include "domain/identity/Ins.h"

#include <QList>
#include <QString>

namespace sgl::domain {

/**
 * A patient as the lab knows them: traits, RNIV status, INS (only usable when status is Qual),
 * evidence seen, and the RNIV attributes. `version` is the optimistic-lock counter kept by
 * storage; `id` is 0 until stored.
 */
struct Patient {
    qint64 id = 0;
    int version = 0;
    QString localId; ///< IPP of the lab (stable, printed), assigned at creation
    IdentityTraits traits;
    IdentityStatus status = IdentityStatus::Prov;
    Ins ins;                            ///< empty until retrieved through INSi
    QList<IdentityEvidence> evidence;
    bool doubtful = false;              ///< identité douteuse: can never be VALI/QUAL
    bool fictitious = false;            ///< identité fictive: can never be VALI/QUAL
    bool homonym = false;               ///< attribut homonyme: warning only
    qint64 mergedInto = 0;              ///< non-zero when this record was merged into another
    QString phone;
    QString email;                      ///< patient MSSanté messaging uses the INS, not this
    QString address;

    /** The INS may be printed and sent only when the identity is qualified. */
    [[nodiscard]] bool insUsable() const { return status == IdentityStatus::Qual && !ins.isEmpty(); }
};

} // namespace sgl::domain
