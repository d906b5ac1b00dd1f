#include "GuiTestApp.h"

namespace sgl::app::test {

QApplication &guiApp()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "sgl_gui_tests";
    static char *argv[] = {name, nullptr};
    // Never destroyed: ~QApplication runs Qt's post routines (QtSql's connection cleanup)
    // after the function-local statics they use are gone at process exit, which crashes.
    static auto *app = new QApplication(argc, argv);
    return *app;
}

} // namespace sgl::app::test
