#include "app/reception/CpsPinDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sgl::app {

CpsPinDialog::CpsPinDialog(const QString &holder, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Carte CPS – code porteur"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(holder.isEmpty() ? tr("Saisissez le code porteur de votre carte CPS pour interroger l'INSi.")
                                              : tr("Carte de %1.\nSaisissez son code porteur pour interroger l'INSi.").arg(holder),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setAccessibleName(tr("Code porteur"));
    layout->addWidget(m_pin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Valider"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

interop::cps::CpsPin CpsPinDialog::takePin()
{
    QString text = m_pin->text();
    m_pin->clear();
    return interop::cps::CpsPin::take(text);
}

void CpsPinDialog::done(int result)
{
    if (result != QDialog::Accepted)
        m_pin->clear();
    QDialog::done(result);
}

} // namespace sgl::app
