export const TEMPLATE_DATABASE = 'phuxanh_template';

export interface TestGlobals {
  __PHUXANH_POSTGRES__?: { stop: () => Promise<void>; dataDir: string };
}
