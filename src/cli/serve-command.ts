import { Command, Option } from 'commander';
import type { Lang } from '../types.js';
import { langOption } from './cli-lang.js';
import { parseIsoDate, parsePositiveInt } from './options.js';

interface ServeOpts {
  port: number;
  host: string;
  dir?: string;
  token?: string;
  asOf?: string;
  lang: Lang;
}

/**
 * `plan-check serve`: the checker as a local web application. Only the definition lives here; the
 * server (Fastify, templates, the checker) is loaded when the command runs.
 */
export function serveCommand(onResult: (code: number) => void, lang: Lang = 'vi'): Command {
  return new Command('serve')
    .description(
      'mở ứng dụng web cục bộ: kiểm tra tệp Word / văn bản / YAML trong trình duyệt, bảng tổng hợp thư mục (local web application)',
    )
    .addOption(new Option('--port <n>', 'cổng (port); mặc định 8080').argParser(parsePositiveInt).default(8080))
    .option('--host <address>', 'địa chỉ lắng nghe; mặc định 127.0.0.1 (chỉ máy này); địa chỉ khác cần --token', '127.0.0.1')
    .option('--dir <folder>', 'thư mục kế hoạch cho bảng tổng hợp (cả thư mục con) (folder of plans for the dashboard)')
    .option('--token <secret>', 'mã truy cập (ít nhất 16 ký tự), bắt buộc khi --host không phải 127.0.0.1 (access token)')
    .addOption(new Option('--as-of <date>', 'ngày xét, YYYY-MM-DD; mặc định hôm nay').argParser(parseIsoDate))
    .addOption(langOption(lang, 'ngôn ngữ mặc định của trang: vi hoặc en'))
    .addHelpText(
      'after',
      '\nVí dụ:\n  $ plan-check serve                       mở http://127.0.0.1:8080/\n  $ plan-check serve --dir plans/          thêm bảng tổng hợp các kế hoạch trong plans/\n' +
        '  $ plan-check serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"\n\n' +
        'Dừng bằng Ctrl+C; thư mục tạm chứa tệp tải lên được xóa khi dừng.\n',
    )
    .action(async (opts: ServeOpts) => {
      const { startServer } = await import('../serve/server.js');
      await startServer({
        port: opts.port,
        host: opts.host,
        lang: opts.lang,
        ...(opts.dir ? { dir: opts.dir } : {}),
        ...(opts.token !== undefined ? { token: opts.token } : {}),
        ...(opts.asOf ? { asOf: opts.asOf } : {}),
      });
      onResult(0);
    });
}
