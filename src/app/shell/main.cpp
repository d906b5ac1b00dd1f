// sgl-app: the laboratory workstation. Everything is in the sgl_app library (tested there).
#include "app/shell/Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    return sgl::app::Application::run(qapp);
}
