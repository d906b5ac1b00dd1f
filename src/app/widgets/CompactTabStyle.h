#pragma once

#include <QProxyStyle>

namespace sgl::app {

/**
 * Narrower tab padding, for a tab bar that must show all its titles whole in a pane that shares a
 * 1366 px screen (the validation screen's eight detail tabs). Only the horizontal space around a
 * tab's title changes; everything else is the application's style.
 */
class CompactTabStyle : public QProxyStyle {
public:
    /** Applies a CompactTabStyle, owned by the tab bar, to tabBar. */
    static void apply(QWidget *tabBar);

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};

} // namespace sgl::app
