#include "simulators/mss/ErrorCodes.h"
#include "simulators/mss/MssMailStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using sgl::simulators::mss::MssMailStore;

TEST(MssMailStore, MessagesAndFlagsSurviveARestart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    qint64 validity = 0;
    {
        MssMailStore store(dir.path());
        ASSERT_TRUE(store.load());
        EXPECT_EQ(store.deliver(QStringLiteral("Labo@X.mssante.fr"), "Subject: a\r\n\r\na\r\n"), 1);
        EXPECT_EQ(store.deliver(QStringLiteral("labo@x.mssante.fr"), "Subject: b\r\n\r\nb\r\n"), 2);
        EXPECT_TRUE(store.setFlags(QStringLiteral("labo@x.mssante.fr"), 2,
                                   {QStringLiteral("$SglHeld"), QStringLiteral("\\Flagged")}));
        EXPECT_FALSE(store.setFlags(QStringLiteral("labo@x.mssante.fr"), 3, {}));
        EXPECT_FALSE(store.setFlags(QStringLiteral("nobody@x.mssante.fr"), 1, {}));
        validity = store.uidValidity(QStringLiteral("labo@x.mssante.fr"));
    }
    MssMailStore again(dir.path());
    ASSERT_TRUE(again.load());
    const auto mails = again.messages(QStringLiteral("LABO@x.mssante.fr"));
    ASSERT_EQ(mails.size(), 2);
    EXPECT_EQ(mails[0].bytes, QByteArray("Subject: a\r\n\r\na\r\n"));
    EXPECT_EQ(mails[1].flags, (QStringList{QStringLiteral("$SglHeld"), QStringLiteral("\\Flagged")}));
    EXPECT_EQ(again.uidValidity(QStringLiteral("labo@x.mssante.fr")), validity);
    EXPECT_EQ(again.deliver(QStringLiteral("labo@x.mssante.fr"), "Subject: c\r\n\r\nc\r\n"), 3); // UIDs only grow
}

TEST(MssMailStore, AddressesNeverEscapeTheDirectory)
{
    EXPECT_EQ(MssMailStore::directoryName(QStringLiteral("../../etc/passwd")), QStringLiteral("_.._.._etc_passwd"));
    EXPECT_EQ(MssMailStore::directoryName(QStringLiteral("Dr.Martin@Labo.fr")), QStringLiteral("dr.martin@labo.fr"));
    EXPECT_EQ(MssMailStore::directoryName(QString()), QStringLiteral("_"));
}

TEST(MssMailStore, AnUnreadableMailboxIsReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("broken")));
    QFile state(dir.filePath(QStringLiteral("broken/state.json")));
    ASSERT_TRUE(state.open(QIODevice::WriteOnly));
    state.write("{\"uid_next\": 3}"); // no address
    state.close();
    MssMailStore store(dir.path());
    const auto loaded = store.load();
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, sgl::simulators::mss::errc::Store);
}
