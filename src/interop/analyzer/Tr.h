#pragma once

#include <QCoreApplication>

namespace sgl::interop::analyzer {

/** The module's one translation context: `Tr::tr("message en français")`, seen by lupdate. */
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sgl::interop::analyzer)
};

} // namespace sgl::interop::analyzer
