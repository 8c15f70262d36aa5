// The commented configuration `soat init` writes: every option at its default.
#include <soat/engine.hpp>

namespace soat::engine {

std::string default_config_text() {
    return R"(# Cấu hình soat (.soat.yml) — soat configuration.
# soat dùng tệp .soat.yml gần nhất tính ngược lên từ tệp được kiểm tra (hoặc --config).
# soat uses the nearest .soat.yml upward from each checked file (or --config FILE).

# Hồ sơ: draft (đang soạn thảo) hoặc final (trước khi ban hành, nâng mức các lỗi vệ sinh văn bản).
# Profile: draft while writing, final as the pre-publication gate.
profile: draft

# Ngôn ngữ thông báo / message language: vi | en
lang: vi

# Từng quy tắc / per rule:  rule-id: off | on | error | warning | info
# hoặc / or:                rule-id: {enabled: true, severity: warning}
rules: {}

# Bật thêm hoặc tắt quy tắc, theo mã quy tắc hoặc tên gói (time, numbers, text, structure, hygiene).
# Switch rules or whole packs on beyond the defaults, or off.
enable: []
disable: []

# Thư mục gói quy tắc bổ sung, tương đối so với tệp này / extra rule pack directories,
# relative to this file.
packs: []

# Chữ viết tắt được dùng không cần định nghĩa (bổ sung danh sách có sẵn).
# Abbreviations allowed without a definition (added to the built-in list), e.g. [KCN, CCN].
abbreviations: []

# Kiểu đặt dấu thanh: auto (theo đa số trong văn bản), old (hòa, thủy), new (hoà, thuỷ).
# Tone-mark placement: auto (the document's majority), old, or new.
tone: auto

# Từ dễ nhầm bổ sung: sai: đúng / confusable words to add: wrong: right
confusables: {}

# Dung sai: approx mở rộng khoảng của số "khoảng X" (0.02 = 2%).
# Tolerances: approx widens the interval of an approximate figure ("khoảng X").
tolerances:
  approx: 0.02

# Loại văn bản, nếu không muốn soat tự nhận diện: administrative (Nghị định 30), party (Hướng
# dẫn 36), legal-normative, attachment (phụ lục, văn bản kèm theo), other (đơn, biểu mẫu, hợp đồng…).
# The document kind, instead of soat's classification; the frame and layout rules follow it.
# kind: administrative
)";
}

}  // namespace soat::engine
