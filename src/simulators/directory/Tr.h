#pragma once

#include <QCoreApplication>

namespace sgl::simulators::directory {

/**
 * The one translation helper of this library: Tr::tr("texte") translates under the context
 * "sgl::simulators::directory", which lupdate sees (Q_DECLARE_TR_FUNCTIONS). Messages are written
 * in French, the source language; resources/translations/sgl_en.ts holds the English.
 */
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sgl::simulators::directory)
};

} // namespace sgl::simulators::directory
