#pragma once

#include <QCoreApplication>

namespace sgl::interop::astm {

/** The module's one translation context: `Tr::tr("message en français")`, seen by lupdate. */
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sgl::interop::astm)
};

} // namespace sgl::interop::astm
