#pragma once

#include <QString>
#include <QStringList>

namespace sgl::simulators::analyzer {

/** Orders of the host for one specimen, read from its answer or worklist download. */
struct HostOrders {
    QString specimenId;
    QStringList tests;
    bool noOrder = false; ///< O-26 Y or Z, or O-5 "^^^ALL" without a real order
};

} // namespace sgl::simulators::analyzer
