#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sgl::domain {

/** One line of the catalogue history (admin screen "Historique"): who changed what, when, why. */
struct CatalogueChange {
    qint64 versionId = 0;
    QDateTime at;
    QString author;
    QString reason;
    QString source;
    QString itemKind;     ///< "chapter", "exam", "analysis", "reflex", "bench"
    QString itemCode;
    QString change;       ///< "created", "updated", "retired", "reactivated", "deleted"
    QStringList fields;   ///< changed fields (exchange-format names)
};

} // namespace sgl::domain
