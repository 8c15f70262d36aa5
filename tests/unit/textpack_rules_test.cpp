// The text pack's rules through the real engine: ranges, fixes, severities and config.
#include "support/lint_helpers.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

using soat::test::document_from_paragraphs;
using soat::test::lint_with;

namespace {

std::string flagged(const soat::model::Document& doc, const soat::Finding& f) {
    return std::string(soat::utf8::slice(doc.paragraphs[f.range->paragraph].text, f.range->begin, f.range->end));
}

}  // namespace

TEST_CASE("repeated-word reports the repeat with a safe fix", "[textpack][repeated-word]") {
    const auto doc = document_from_paragraphs({"Khắc phục khắc phục những hạn chế.", "Hành vi vi phạm; phân bổ bổ sung."});
    const auto f = lint_with(doc, {"repeated-word"});
    REQUIRE(f.size() == 1);
    CHECK(flagged(doc, f[0]) == "Khắc phục khắc phục");
    REQUIRE(f[0].fix);
    CHECK(f[0].fix->replacement == "Khắc phục");
    CHECK(f[0].fix->safe);
    CHECK(f[0].severity == soat::Severity::Warning);
}

TEST_CASE("repeated-word: a name's last words then the same words in lower case", "[textpack][repeated-word]") {
    CHECK(lint_with(document_from_paragraphs({"Các trạm giao cho Ban Quản lý quản lý 5 trạm."}), {"repeated-word"}).empty());
    CHECK(lint_with(document_from_paragraphs({"Đơn vị thuộc Trung tâm Trung tâm Xúc tiến đầu tư."}), {"repeated-word"}).size() == 1);
    CHECK(lint_with(document_from_paragraphs({"Các trạm giao cho ban quản lý quản lý 5 trạm."}), {"repeated-word"}).size() == 1);
    // A listed function word doubled is a slip whatever its case.
    CHECK(lint_with(document_from_paragraphs({"Làm việc tại Công ty Với với 1 năm kinh nghiệm."}), {"repeated-word"}).size() == 1);
}

TEST_CASE("repeated-word: a doubled syllable is two words sharing it only when it reads with both sides", "[textpack][repeated-word]") {
    auto repeats = [](const std::string& s) { return lint_with(document_from_paragraphs({s}), {"repeated-word"}).size(); };
    // One side makes a word with X, the other does not: one X is a slip.
    for (const char* s : {"Tăng cường công tác tác tại cấp xã.", "Tài liệu dễ nghiên nghiên cứu.", "Mô hình dựa trên trên bậc học.",
                          "Chính sách chuyển chuyển sang làm việc tại doanh nghiệp.", "Theo dõi chặt chặt chẽ diễn biến."}) {
        INFO(s);
        CHECK(repeats(s) == 1);
    }
    // Neither side: no telling (a doubling for effect).
    CHECK(repeats("Gió thổi xào xào suốt đêm.") == 0);
    // Both sides: two words sharing the syllable.
    for (const char* s : {"Xử lý hành vi vi phạm hành chính.", "Đẩy mạnh sản xuất xuất khẩu.", "Phân bổ bổ sung vốn.", "Kiện toàn tổ chức chức năng."}) {
        INFO(s);
        CHECK(repeats(s) == 0);
    }
    // A side with no word may hold X alone ("thư ký | ký;"); a second X one mark from a word with
    // the next syllable is that word misspelt ("Hệ thống thống tin"), not a repeat to remove.
    CHECK(repeats("Văn bản của đoàn thư ký do trưởng đoàn thư ký ký; văn bản khác do chủ tọa ký.") == 0);
    CHECK(repeats("Kết nối với Hệ thống thống tin giải quyết thủ tục.") == 0);
}

TEST_CASE("repeated-word: three lowercase words copied twice in a row", "[textpack][repeated-word]") {
    auto repeats = [](const std::string& s) { return lint_with(document_from_paragraphs({s}), {"repeated-word"}).size(); };
    for (const char* s : {"Số thanh niên đi làm việc đi làm việc ở các tỉnh tăng.", "Biên soạn giáo trình để bồi dưỡng để bồi dưỡng cán bộ.",
                          "Kiểm tra việc chấp hành quy định chấp hành quy định về an toàn."}) {
        INFO(s);
        CHECK(repeats(s) == 1);
    }
    // A repeat on purpose ("kẻ thù của kẻ thù"), a comma between, a title in capitals then its text.
    for (const char* s : {"Kẻ thù của kẻ thù là bạn.", "Kẻ thù của kẻ thù của ta là bạn.", "Từng bước một, từng bước một tiến lên.", "Ảnh minh họa Ảnh minh họa của hội nghị."}) {
        INFO(s);
        CHECK(repeats(s) == 0);
    }
}

TEST_CASE("repeated-word: a syllable doubled before a name or a title, or after a comma before the word it begins", "[textpack][repeated-word]") {
    auto repeats = [](const std::string& s) { return lint_with(document_from_paragraphs({s}), {"repeated-word"}).size(); };
    for (const char* s : {"Đẩy mạnh tuyên truyền và cấp cấp Thẻ bảo hiểm y tế cho học sinh.", "Tổ chức thực hiện hiện Kế hoạch số 12 của tỉnh.",
                          "Đẩy mạnh công tác phòng, chống chống tham nhũng trong các cơ quan."}) {
        INFO(s);
        CHECK(repeats(s) == 1);
    }
    // Two words sharing the syllable, a doubling the dictionary lists, a capitalised name after it.
    for (const char* s : {"Xử lý hành vi vi phạm hành chính.", "Mưa dần dần tạnh.", "Chiều chiều, thường thường có mưa.", "Làm việc với ông Hà Hà Nam."}) {
        INFO(s);
        CHECK(repeats(s) == 0);
    }
}

TEST_CASE("repeated-word: a figure's unit or noun written twice", "[textpack][repeated-word]") {
    auto repeats = [](const std::string& s) { return lint_with(document_from_paragraphs({s}), {"repeated-word"}).size(); };
    // Units, counted nouns and a currency after a scale word, whatever the syllable makes with itself.
    for (const char* s : {"Diện tích gieo trồng đạt 4.250 ha ha, tăng so với vụ trước.", "Sản lượng khai thác ước đạt 830 tấn tấn trong tháng.",
                          "Hỗ trợ 250 triệu đồng đồng cho các hộ bị thiệt hại.", "Có 14 xã xã đạt chuẩn về y tế.",
                          "Thu hút 12 dự án dự án đầu tư mới."}) {
        INFO(s);
        CHECK(repeats(s) == 1);
    }
    // The same syllable doubled away from a figure, or the second one beginning a word with the next.
    for (const char* s : {"Tiếng cười ha ha vang lên trong hội trường.", "Kết nối với Hệ thống thống tin giải quyết thủ tục.",
                          "Tổ chức 3 lớp, lớp học đầu tiên khai giảng vào tháng 5.", "Có 20 hộ, hộ nghèo chiếm phần lớn."}) {
        INFO(s);
        CHECK(repeats(s) == 0);
    }
}

TEST_CASE("misspelling: a verb of change before its figure is its clause's verb, not a compound's end", "[textpack][misspelling]") {
    auto slips = [](const std::string& s) { return lint_with(document_from_paragraphs({s}), {"misspelling"}).size(); };
    // "yếu tố giá | tăng 6,8%": the price factor rose; "gia tăng" is no reading.
    CHECK(slips("Tổng mức bán lẻ tăng 9,1%, nếu loại trừ yếu tố giá tăng 6,8% so với cùng kỳ.") == 0);
    // Without a figure after it, the slip is still read.
    CHECK(slips("Tình trạng giá tăng dân số cơ học gây nhiều áp lực.") == 1);
}

TEST_CASE("misspelling: structure, glued words, confusables, names", "[textpack][misspelling]") {
    const auto doc = document_from_paragraphs({"Trong nghành y tế, thu 5 tỷđồng; vốn toàng xã hội.", "Công ty Luxshare; xã Nếnh; KCN.",
                                               "Thường trực HDND; Phân đấu đạt.", "khí gias và thei"});
    const auto f = lint_with(doc, {"misspelling"});
    std::vector<std::string> words;
    for (const auto& x : f) words.push_back(flagged(doc, x));
    CHECK(words == std::vector<std::string>{"nghành", "tỷđồng", "toàng", "HDND", "Phân đấu", "gias", "thei"});
    CHECK(f[1].fix->replacement == "tỷ đồng");
    CHECK(f[3].fix->replacement == "HĐND");
    CHECK(f[4].fix->replacement == "Phấn đấu");
    // A Telex tone key left over (gias) is a slip; an unmarked word that is no syllable (thei) may
    // be foreign: info.
    for (std::size_t i = 0; i + 1 < f.size(); ++i) CHECK(f[i].severity == soat::Severity::Warning);
    CHECK(f.back().severity == soat::Severity::Info);

    soat::config::Config config;
    config.confusables["sát nhập"] = "sáp nhập";
    const auto extra = document_from_paragraphs({"Thực hiện sát nhập thôn."});
    const auto g = lint_with(extra, {"misspelling"}, config);
    REQUIRE(g.size() == 1);
    CHECK(g[0].fix->replacement == "sáp nhập");
}

TEST_CASE("misspelling: capitalised unknown words with diacritics are info", "[textpack][misspelling]") {
    const auto doc = document_from_paragraphs({"Nghành giáo dục phát triển."});
    const auto f = lint_with(doc, {"misspelling"});
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == soat::Severity::Info);
    // After a full stop or a colon the capital is the sentence's; inside a sentence it marks a name.
    CHECK(lint_with(document_from_paragraphs({"Năm nay tăng mạnh. Nghành du lịch phục hồi."}), {"misspelling"}).size() == 1);
    CHECK(lint_with(document_from_paragraphs({"Kết quả: Nghành du lịch phục hồi."}), {"misspelling"}).size() == 1);
    CHECK(lint_with(document_from_paragraphs({"Đoàn đã làm việc tại xã Đắk Rơng, huyện Krông Pắc và thôn Tà Rụt."}), {"misspelling"}).empty());
}

TEST_CASE("misspelling: a foreign word of several syllables written solid is no misspelling", "[textpack][misspelling]") {
    CHECK(lint_with(document_from_paragraphs({"Đã tiêm vaccine, lắp tivi, mua túi nilon và thuốc paracetamol cho trạm y tế."}), {"misspelling"})
              .empty());
    // One run of vowels without marks is no foreign word of several syllables: read as a slip.
    CHECK(lint_with(document_from_paragraphs({"Đã kiểm tra thei quy định của tỉnh."}), {"misspelling"}).size() == 1);
}

TEST_CASE("misspelling: two capitalised syllables written solid — a listed slip read across two words", "[textpack][misspelling]") {
    const auto fixes = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(document_from_paragraphs({text}), {"misspelling"})) out.push_back(f.fix ? f.fix->replacement : "");
        return out;
    };
    CHECK(fixes("Đoàn công tác làm việc tại LạngSơn và BìnhĐịnh.") == std::vector<std::string>{"Lạng Sơn", "Bình Định"});
    CHECK(fixes("Đoàn công tác làm việc tại Lạng Sơn; xe VinFast, mạng MobiFone và ứng dụng TikTok.").empty());
    // A listed slip (công tiêu: cống tiêu) is none when its words belong to their neighbours.
    CHECK(fixes("Xã khơi thông công tiêu nước trước mùa mưa.") == std::vector<std::string>{"cống tiêu"});
    CHECK(fixes("Huyện tặng quà 30 người có công tiêu biểu của các xã.").empty());
}

TEST_CASE("misspelling: a word split before its last consonants is fixed whole", "[textpack][misspelling]") {
    const auto f = lint_with(document_from_paragraphs({"Toà n tỉnh thành lập 14 đoà n kiểm tra an toà n thực phẩm."}), {"misspelling"});
    std::vector<std::string> fixes;
    for (const auto& x : f) fixes.push_back(x.fix->replacement + "@" + std::to_string(x.range->end - x.range->begin));
    CHECK(fixes == std::vector<std::string>{"Toàn@5", "đoàn@5", "toàn@5"});
    // A letter after a common word is a variable or a list mark, not the end of a split word.
    CHECK(lint_with(document_from_paragraphs({"Cho vector có n chiều; điểm b khoản 2."}), {"misspelling"}).empty());
    CHECK(lint_with(document_from_paragraphs({"Toàn tỉnh thành lập 14 đoàn kiểm tra an toàn thực phẩm."}), {"misspelling"}).empty());
}

TEST_CASE("tone-style: majority, policy and qu", "[textpack][tone-style]") {
    const auto doc = document_from_paragraphs({"Ủy ban, văn hóa, hòa bình, quý IV, quỹ đất.", "Tỉnh uỷ chỉ đạo."});
    auto f = lint_with(doc, {"tone-style"});
    REQUIRE(f.size() == 1);
    CHECK(flagged(doc, f[0]) == "uỷ");
    CHECK(f[0].fix->replacement == "ủy");
    soat::config::Config config;
    config.tone = soat::config::TonePolicy::New;
    f = lint_with(doc, {"tone-style"}, config);
    CHECK(f.size() == 3);
    CHECK(f[0].fix->replacement == "Uỷ");
    // A tie is mixed all the same: the old placement (Decree 30's own) is suggested.
    const auto tie = document_from_paragraphs({"Phát triển văn hóa và thể thao; hàng hoá tiêu dùng."});
    f = lint_with(tie, {"tone-style"});
    REQUIRE(f.size() == 1);
    CHECK(flagged(tie, f[0]) == "hoá");
    CHECK(f[0].fix->replacement == "hóa");
    CHECK(lint_with(document_from_paragraphs({"Phát triển văn hóa và hàng hóa."}), {"tone-style"}).empty());
}

TEST_CASE("unicode: source not NFC, invisible characters, legacy text, look-alikes", "[textpack][unicode]") {
    auto doc = document_from_paragraphs({"Tỉnh B¾c Giang", "xin\u200Bchào", "Hà N\u043Ei", "sạch"});
    doc.paragraphs[3].spans[0].source_not_nfc = true;
    doc.source_not_nfc = true;
    const auto f = lint_with(doc, {"unicode"});
    REQUIRE(f.size() == 4);
    CHECK(flagged(doc, f[0]) == "B¾c");
    CHECK(f[1].fix->replacement.empty());
    CHECK(f[2].fix->replacement == "Noi");
    CHECK(f[3].range->paragraph == 3);
}

TEST_CASE("unicode: the eth for Đ (Ð ð, as a Windows-1258 text read as Latin-1 leaves it)", "[textpack][unicode]") {
    const auto doc = document_from_paragraphs({"Sở Giáo dục và Ðào tạo; ðồng chí Bí thư.", "Sở Giáo dục và Đào tạo; đồng chí Bí thư."});
    const auto f = lint_with(doc, {"unicode"});
    REQUIRE(f.size() == 2);
    CHECK(f[0].fix->replacement == "Đào");
    CHECK(f[1].fix->replacement == "đồng");
    CHECK(f[1].range->paragraph == 0);
}

TEST_CASE("spacing: fixes and exceptions", "[textpack][spacing]") {
    const auto doc = document_from_paragraphs({"Đạt 96 % , tăng;giảm  mạnh ( a ).", "Công nghệ 4.0; 1.234 tấn.km; 7:30; 23,9%; xem..."});
    const auto f = lint_with(doc, {"spacing"});
    std::vector<std::string> fixes;
    for (const auto& x : f) {
        CHECK(x.range->paragraph == 0);
        fixes.push_back(x.fix->replacement);
    }
    CHECK(fixes == std::vector<std::string>{"%", ",", "; ", " ", "(", ")"});
}

TEST_CASE("spacing: a comma tight between short words needs its space — between symbols it does not",
          "[textpack][spacing]") {
    // Vietnamese syllables are short: "vụ,đơn" is two words, not two symbols.
    for (const std::string text : {"Ghi rõ chức vụ,đơn vị công tác.", "Điều lệ (sửa đổi,bổ sung) của Hội.",
                                   "Chính quy, tại chức, chuyên tu,bồi dưỡng.", "(Ký,ghi rõ họ tên)",
                                   "Các sở,ban, ngành.", "Lưu: VT,TH."}) {
        INFO(text);
        CHECK(lint_with(document_from_paragraphs({text}), {"spacing"}).size() == 1);
    }
    for (const std::string text : {"Công thức Ut,Vt của mô hình.", "Bộ VH,TT&DL chủ trì.", "Tọa độ x1,y1 của điểm.",
                                   "Cặp đỉnh (u,v) của đồ thị.", "Ma trận C_(B,α) của mô hình.", "Vector (x1, x2,…,xn) gồm n phần tử."}) {
        INFO(text);
        CHECK(lint_with(document_from_paragraphs({text}), {"spacing"}).empty());
    }
}

TEST_CASE("spacing: a hyphen spaced on one side, a full stop run into the next sentence, a word run into a number",
          "[textpack][spacing]") {
    const auto messages = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(document_from_paragraphs({text}), {"spacing"})) out.push_back(f.message);
        return out;
    };
    // Wrong twins: one finding each.
    for (const std::string text : {"Độc lập - Tự do- Hạnh phúc", "Tình hình kinh tế- xã hội ổn định.",
                                   "Theo Công văn số 346/UBND- NC của tỉnh.", "Mở rộng thị trường kinh doanh.Tăng cường quảng bá.",
                                   "Hà Nội, ngày27 tháng 9 năm 2024", "Kế hoạch thực hiện trong năm2025 của tỉnh.",
                                   "Phát triển đô thị giai đoạn 2022- 2025 của tỉnh.", "Sản lượng giảm13,9% so với cùng kỳ.",
                                   "Hỗ trợ cho 1.200 hộ, bằng107,5%.", "Đã trợ giúp14.860 lượt người.",
                                   "Doanh thu tăng so với năm 2022.Theo báo cáo của ngành.", "Giá điện tăng 0,45%.Nguyên nhân do điều chỉnh.",
                                   "Toàn huyện có 14thôn đạt chuẩn.", "Chỉ số giá giảm 0,8%so với tháng trước.",
                                   "Dự kiến thu 3,5nghìn tỷ đồng.", "Ổn định kinh tế -xã hội của tỉnh.",
                                   "Nhiệm kỳ 2020 -2025 của Ban chấp hành.", "Xử lý khoảng 800 tấn/ ngày.",
                                   "Ghi rõ chức danh /chức vụ của người ký.", "Lúc 7h15’  sáng, đoàn xuất phát.",
                                   "Tổng đàn lợn đạt 612.400con, tăng nhẹ."}) {
        INFO(text);
        CHECK(messages(text).size() == 1);
    }
    // Correct twins and look-alikes: silent.
    for (const std::string text : {"Độc lập - Tự do - Hạnh phúc", "Tình hình kinh tế-xã hội ổn định.",
                                   "Theo Công văn số 346/UBND-NC của tỉnh.", "Mở rộng thị trường kinh doanh. Tăng cường quảng bá.",
                                   "Hà Nội, ngày 27 tháng 9 năm 2024", "I- TÌNH HÌNH VÀ KẾT QUẢ", "1- Mục tiêu chung của kế hoạch", "32.1- Chuyên môn",
                                   "Trụ sở tại TP.Hồ Chí Minh; ThS.Nguyễn Văn An; TH.Quý phụ trách.",
                                   "Gọi hàm snap.SaveEdgeList để ghi đồ thị.", "Tuyến QL31 và ĐT291; diện tích 25 m2; COVID19.",
                                   "Giải ngân đạt 94,3% kế hoạch20. Thu nợ thuế15; đồng thời tăng cường.",
                                   "Sản lượng giảm 13,9% so với cùng kỳ; bằng 107,5%.",
                                   "Giai đoạn 2022-2025 và 2022 - 2025.", "1.Mục tiêu chung", "Ứng dụng công nghệ 4.0 trong quản lý.",
                                   "Doanh thu tăng so với năm 2022. Theo báo cáo của ngành.",
                                   "Phủ sóng 5G; giá 500.000đ/tháng; tuyến ĐT291xã; mã 2a và 12b.", "Chỉ số giá giảm 0,8% so với tháng trước.",
                                   "Chỉ số giảm -0,4% so với tháng trước.", "Nhiệt độ xuống -2 độ C.", "Xử lý khoảng 800 tấn/ngày.",
                                   "1/ Về phát triển kinh tế", "a/ Tổ chức thực hiện", "Lúc 7h15’ sáng, đoàn xuất phát.",
                                   "Ghi rõ chức danh/chức vụ và chức danh / chức vụ.", "Nhập 1.000kg và 10.000kwh; 3km đường."}) {
        INFO(text);
        CHECK(messages(text).empty());
    }
}

TEST_CASE("unbalanced-delimiters: labels, nesting, straight quotes", "[textpack][unbalanced-delimiters]") {
    const auto doc = document_from_paragraphs({"a) Mục một (xem trên).", "Giảm (so cùng kỳ", "“A “B” C”", "Nói \"không", "1) Một; b) hai"});
    const auto f = lint_with(doc, {"unbalanced-delimiters"});
    REQUIRE(f.size() == 3);
    CHECK(f[0].range->paragraph == 1);
    CHECK(f[1].range->paragraph == 2);
    CHECK(f[1].severity == soat::Severity::Info);
    CHECK(f[2].range->paragraph == 3);
}

TEST_CASE("unbalanced-delimiters: a straight quote after a figure closes an open quotation", "[textpack][unbalanced-delimiters]") {
    CHECK(lint_with(document_from_paragraphs({"Cài ứng dụng \"An toàn 113\" và theo dõi kênh \"Phòng Cảnh sát\"..."}), {"unbalanced-delimiters"})
              .empty());
    // With no quotation open, a straight quote after a figure is inches.
    CHECK(lint_with(document_from_paragraphs({"Màn hình 27\" được trang bị cho phòng họp."}), {"unbalanced-delimiters"}).empty());
}

TEST_CASE("unbalanced-delimiters: '*)' opening a paragraph is a list marker", "[textpack][unbalanced-delimiters]") {
    CHECK(lint_with(document_from_paragraphs({"*) Về việc: đã xong 120 việc.", "  *) Về tiền: đã thu 3 tỷ đồng."}), {"unbalanced-delimiters"})
              .empty());
    // Inside a sentence it still closes nothing.
    CHECK(lint_with(document_from_paragraphs({"Kết quả tốt *) và ổn định."}), {"unbalanced-delimiters"}).size() == 1);
}

TEST_CASE("capitalization: a cited point or clause is written in lower case", "[textpack][capitalization]") {
    const auto doc = document_from_paragraphs({"Thi hành theo quy định tại Điểm c Khoản 1 Điều 5 và Khoản 2, Điều 7 của Luật."});
    const auto f = lint_with(doc, {"capitalization"});
    std::vector<std::string> fixes;
    for (const auto& x : f) fixes.push_back(x.fix->replacement);
    CHECK(fixes == std::vector<std::string>{"điểm", "khoản", "khoản"});
    // At the start of a sentence, in lower case already, or not a citation: silent.
    CHECK(lint_with(document_from_paragraphs({"Khoản 1 Điều 5 quy định rõ. Căn cứ điểm c khoản 1 Điều 5.", "Khoản thu 12 tỷ đồng."}),
                    {"capitalization"})
              .empty());
}

TEST_CASE("misspelling: French, Portuguese or Slovak text is not read, short Vietnamese text is", "[textpack][misspelling]") {
    CHECK(lint_with(document_from_paragraphs({"São direitos dos membros ordinários da associação.",
                                              "Le président et le secrétariat étaient présents.",
                                              "Prehľad vybraných kvantitatívnych údajov."}),
                    {"misspelling"})
              .empty());
    // Vietnamese with only the accents it shares with French is still Vietnamese when short.
    CHECK(lint_with(document_from_paragraphs({"Bà là giáo viên.", "Tên cơ quan chủ trì xây dụng kế hoạch."}), {"misspelling"}).size() == 1);
}

TEST_CASE("misspelling: a web address is not read", "[textpack][misspelling]") {
    CHECK(lint_with(document_from_paragraphs({"Xem tại https://sotttt.example.gov.vn/tin-tuc và www.khuyennong.example.vn."}),
                    {"misspelling"})
              .empty());
    CHECK(lint_with(document_from_paragraphs({"Xem tại trang thôg tin của sở."}), {"misspelling"}).size() == 1);
}

TEST_CASE("capitalization: terms, names, sentence starts, English messages", "[textpack][capitalization]") {
    const auto doc = document_from_paragraphs({"Phục vụ nhân dân. các sở và Sở tài chính; Ủy ban nhân dân; quản lý nhà nước; Đảng và nhà nước."});
    soat::config::Config config;
    config.lang = soat::Lang::En;
    const auto f = lint_with(doc, {"capitalization"}, config);
    std::vector<std::string> fixes;
    for (const auto& x : f) {
        fixes.push_back(x.fix->replacement);
        CHECK(x.severity == soat::Severity::Info);
    }
    CHECK(fixes == std::vector<std::string>{"Nhân dân", "Các", "Sở Tài chính", "Đảng và Nhà nước"});
    CHECK(f[2].message.find("Agency name") != std::string::npos);
}

TEST_CASE("capitalization: a sentence after a percentage — a party member mid-sentence", "[textpack][capitalization]") {
    const auto fixes = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(document_from_paragraphs({text}), {"capitalization"})) out.push_back(f.fix->replacement);
        return out;
    };
    CHECK(fixes("Tỷ lệ hộ nghèo còn 3,2%. ở vùng cao, tỷ lệ này cao hơn.") == std::vector<std::string>{"Ở"});
    CHECK(fixes("Tỷ lệ hộ nghèo còn 3,2%. Ở vùng cao, tỷ lệ này cao hơn.").empty());
    CHECK(fixes("Chi bộ kết nạp 5 Đảng viên mới.") == std::vector<std::string>{"đảng viên"});
    CHECK(fixes("Đảng viên phải gương mẫu; chi bộ kết nạp 5 đảng viên mới.").empty());
    // "nhân dân" naming a body of the people stays lower case: tổ nhân dân, hội thẩm nhân dân.
    CHECK(fixes("Thông tin được phổ biến đến từng tổ nhân dân, hội thẩm nhân dân và ban thanh tra nhân dân.").empty());
    CHECK(fixes("Kết quả được thông báo đến nhân dân trong tổ.") == std::vector<std::string>{"Nhân dân"});
}

TEST_CASE("capitalization: named laws, numbered wards and the people's bodies", "[textpack][capitalization]") {
    const auto doc = document_from_paragraphs({
        "Thực hiện Luật đất đai, Luật phòng, chống tác hại của rượu, bia và Bộ luật dân sự.",
        "Thực hiện Luật Đất đai, Bộ luật Dân sự; Luật này; Luật sư Trần B; Luật sửa đổi, bổ sung; Luật và Pháp lệnh chỉ ghi tên.",
        "Họp tại phường 7 và quận 11; trụ sở Hội đồng Nhân dân và Ủy ban Nhân dân huyện.",
        "Các phường 1, 2 và 3; Phường 7; Hội đồng nhân dân; ỦY BAN NHÂN DÂN TỈNH; phường Tân An.",
    });
    const auto f = lint_with(doc, {"capitalization"});
    std::vector<std::pair<std::size_t, std::string>> found;
    for (const auto& x : f) found.emplace_back(x.range->paragraph, x.fix->replacement);
    CHECK(found == std::vector<std::pair<std::size_t, std::string>>{
                       {0, "Đất"}, {0, "Phòng"}, {0, "Dân"}, {2, "Phường"}, {2, "Quận"}, {2, "Hội đồng nhân dân"}, {2, "Ủy ban nhân dân"}});
}
