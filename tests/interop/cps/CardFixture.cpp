#include "CardFixture.h"

#include "simulators/insi/TestPki.h"

#include <QTemporaryDir>

namespace {

const QString &pkiDir()
{
    static QTemporaryDir dir;
    static const bool made = [] {
        const auto st = sgl::simulators::insi::TestPki::create(dir.path());
        if (!st)
            ADD_FAILURE() << st.error().toString().toStdString();
        return st.has_value();
    }();
    (void)made;
    static const QString path = dir.path();
    return path;
}

} // namespace

void CardFixture::SetUp()
{
    const QString why = SoftHsmToken::unavailableReason();
    if (!why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    m_token = std::make_unique<SoftHsmToken>();
    const QString error = m_token->initToken();
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
}

QString CardFixture::pki(const char *name)
{
    return sgl::simulators::insi::TestPki::file(pkiDir(), name);
}

void CardFixture::put(const char *base, unsigned char id)
{
    const QString b = QString::fromLatin1(base);
    const QString error = m_token->import(pki((b + QStringLiteral(".key.pem")).toLatin1().constData()),
                                          pki((b + QStringLiteral(".pem")).toLatin1().constData()), base, id);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
}

sgl::interop::cps::CpsSettings CardFixture::settings() const
{
    sgl::interop::cps::CpsSettings s;
    s.modulePath = QString::fromLatin1(SoftHsmToken::kModule);
    return s;
}
