#pragma once

#include <QCoreApplication>

namespace sgl::simulators::common {

/**
 * The one translation helper of this library: Tr::tr("texte") translates under the context
 * "sgl::simulators::common", which lupdate sees (Q_DECLARE_TR_FUNCTIONS). Messages are written in French, the source
 * language; resources/translations/sgl_en.ts holds the English.
 */
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sgl::simulators::common)
};

} // namespace sgl::simulators::common
