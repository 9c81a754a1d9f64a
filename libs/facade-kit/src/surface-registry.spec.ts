import { Controller, Get, Post } from '@nestjs/common';
import { AnySurface, staticRoutesOf, SurfaceRegistry } from './surface-registry';

const surface = (name: string, prefixes: string[]): AnySurface => ({ name, prefixes, presentFailure: () => ({ status: 200, body: name }) });

@Controller('api/user')
class SharedPrefixController {
  @Post('logIn') logIn(): void {}
  @Get(['get', 'fetch/']) get(): void {}
  @Get(':id') byId(): void {}
  helper(): void {}
}

@Controller()
class RootController {
  @Get() root(): void {}
}

describe('SurfaceRegistry', () => {
  const infinite = surface('infinite', ['/api/user']);
  const vcode = surface('vcode', ['/api/vcode']);
  const v2 = surface('v2', ['/v2']);
  const registry = new SurfaceRegistry();
  registry.register(infinite);
  registry.register(vcode, { controllers: [SharedPrefixController] });
  registry.register(v2, { fallback: true });

  it("reads a controller's static routes from Nest's route metadata, leaving out parameters and plain methods", () => {
    expect(staticRoutesOf(SharedPrefixController).sort()).toEqual(['/api/user/fetch', '/api/user/get', '/api/user/logIn']);
    expect(staticRoutesOf(RootController)).toEqual(['/']);
  });

  it("answers a controller's routes as its surface's, before the longest prefix", () => {
    expect(registry.forPath('/api/user/logIn')?.name).toBe('vcode');
    expect(registry.forPath('/api/user/logIn/')?.name).toBe('vcode');
    expect(registry.forPath('/api/user/login')?.name).toBe('infinite');
    expect(registry.forPath('/api/user/42')?.name).toBe('infinite');
    expect(registry.forPath('/api/vcode/nothing')?.name).toBe('vcode');
  });

  it('falls back for URLs no prefix owns, and does not take a longer word for a prefix', () => {
    expect(registry.forPath('/nothing')?.name).toBe('v2');
    expect(registry.forPath('/api/username')?.name).toBe('v2');
  });
});
