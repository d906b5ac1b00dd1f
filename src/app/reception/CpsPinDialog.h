#pragma once

#include "interop/cps/CpsPin.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sgl::app {

/**
 * Asks the CPS card's PIN (« code porteur ») for one INSi call in CPx mode. The field is a
 * password field; takePin() hands the PIN over and empties the field; the dialog keeps nothing
 * (the field is also emptied when the dialog closes). Holds no rule: what the PIN opens is the
 * workflow's (CpxInsiAccess).
 */
class CpsPinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CpsPinDialog(const QString &holder, QWidget *parent = nullptr);

    [[nodiscard]] interop::cps::CpsPin takePin();
    [[nodiscard]] QLineEdit *pinField() const { return m_pin; }

protected:
    void done(int result) override;

private:
    QLineEdit *m_pin = nullptr;
};

} // namespace sgl::app
