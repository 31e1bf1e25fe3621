// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryExport.h"

#include "io/ExportJob.h"
#include "report/SummaryBuilder.h"
#include "storage/Database.h"

#include <optional>

namespace outloud::summarypdf {

bool exportAside(const Request& request, Progress* progress, bool* canceled, QString* error)
{
    *canceled = false;
    std::optional<MemberWeekSummary> member;
    std::optional<CircleWeekSummary> circle;
    {
        // The connection is closed before the pages are painted: the summary is in memory.
        const std::unique_ptr<Database> db
            = Database::open(request.location, error, Database::OpenMode::MustExist);
        if (!db)
            return false;
        if (request.clock)
            db->setClock(request.clock);
        io::ReadSnapshot snapshot(*db);
        if (!snapshot.begin(error))
            return false;
        SummaryBuilder builder(*db);
        builder.setToday(request.today);
        if (request.wholeCircle)
            circle = builder.circleWeek(request.circleId, request.week, error);
        else
            member = builder.memberWeek(request.memberId, request.week, error);
        if (!circle && !member)
            return false;
    }
    bool ok = false;
    if (progress && progress->canceled.load()) {
        if (error)
            *error = canceledMessage();
    } else if (circle) {
        ok = writeCircle(*circle, request.path, request.pageSize, error, nullptr, progress);
    } else {
        ok = writeMember(*member, request.path, request.pageSize, error, nullptr, progress);
    }
    *canceled = !ok && progress && progress->canceled.load();
    return ok;
}

} // namespace outloud::summarypdf
