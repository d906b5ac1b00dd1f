#pragma once

#include "workflow/dispatch/SenderRegistry.h"

#include <QStringList>

namespace sgl::workflow::dispatch {

/**
 * The senders of the product (`sgl dispatch`, the application), built from the settings file
 * (storage::DbConfig::configFileCandidates(): SGL_CONFIG, ~/.config/sgl/sgl.conf,
 * /etc/sgl/sgl.conf): MSSanté professional and patient (MssSender) when [mssante] is set
 * (MssSettings); the DMP sender registers here too (issue 13 item 2). There is deliberately no
 * fake sender: without a real one, rows stay pending ("canal non configuré") instead of being
 * reported as sent. A configured channel whose settings are wrong (missing certificate...) is
 * left out and its French reason appended to `problems`.
 */
[[nodiscard]] SenderRegistry productSenders(QStringList *problems = nullptr);
/** Same, from this settings file (the application's --config); empty: as above. */
[[nodiscard]] SenderRegistry productSenders(const QString &settingsFile, QStringList *problems);

} // namespace sgl::workflow::dispatch
