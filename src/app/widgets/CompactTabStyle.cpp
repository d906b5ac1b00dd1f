#include "app/widgets/CompactTabStyle.h"

#include <QApplication>
#include <QWidget>

namespace sgl::app {

void CompactTabStyle::apply(QWidget *tabBar)
{
    // A proxy of a fresh base style: QWidget::setStyle does not take ownership, so the tab bar
    // owns it through the QObject tree.
    auto *style = new CompactTabStyle;
    style->setParent(tabBar);
    tabBar->setStyle(style);
}

int CompactTabStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    if (metric == PM_TabBarTabHSpace)
        return 10; // the common style's 24 leaves no room for eight titles in 700 px
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace sgl::app
